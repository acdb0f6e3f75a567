import { testRule } from '../../ruleTester';

testRule('dockerfile/no-root-user', {
  valid: [
    'FROM node:24\nUSER root\nRUN apt-get update\nUSER node\n',
    'FROM node:24 AS build\nUSER root\nFROM node:24\nUSER node\n',
    'FROM node:24\n',
  ],
  invalid: [
    { code: 'FROM node:24\nUSER node\nUSER root\nCMD ["node"]\n', errors: [{ line: 3, text: 'root', message: /runs as root/, output: null }] },
    { code: 'FROM node:24\nUSER 0:0\n', errors: [{ line: 2, text: '0:0' }] },
  ],
});
