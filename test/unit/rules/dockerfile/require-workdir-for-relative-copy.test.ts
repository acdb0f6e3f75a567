import { testRule } from '../../ruleTester';

testRule('dockerfile/require-workdir-for-relative-copy', {
  valid: [
    'FROM node:24\nWORKDIR /app\nCOPY package.json .\n',
    'FROM node:24\nCOPY package.json /app/\nCOPY a $DEST\n',
    'FROM node:24 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n',
    'FROM node:24\nCOPY ["a", "b/"]\n',
  ],
  invalid: [
    { code: 'FROM node:24\nCOPY package.json .\n', errors: [{ line: 2, text: '.', message: /no WORKDIR is set/, output: null }] },
    { code: 'FROM node:24 AS a\nWORKDIR /app\nFROM node:24\nADD --chown=node src \\\n  src/\nWORKDIR /srv\n', errors: [{ line: 4, text: 'ADD --chown=node src \\\n  src/' }] },
  ],
});
