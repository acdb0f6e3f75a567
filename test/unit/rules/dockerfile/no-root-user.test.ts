import { testRule } from '../../ruleTester';

testRule('dockerfile/no-root-user', {
  valid: [
    'FROM node:20\nUSER root\nRUN apt-get update\nUSER node\n',
    'FROM node:20 AS build\nUSER root\nFROM node:20\nUSER node\n',
    'FROM node:20\n',
  ],
  invalid: [
    { code: 'FROM node:20\nUSER node\nUSER root\nCMD ["node"]\n', errors: [{ line: 3, text: 'root', message: /runs as root/, output: null }] },
    { code: 'FROM node:20\nUSER 0:0\n', errors: [{ line: 2, text: '0:0' }] },
  ],
});
