import { testRule } from '../../ruleTester';

testRule('dockerfile/require-copy-dest-slash', {
  valid: [
    'FROM node:24\nCOPY package.json package-lock.json /app/\n',
    'FROM node:24\nCOPY package.json /app\n',
    'FROM node:24\nCOPY ["a.json", "b.json", "/app/"]\n',
    'FROM node:24\nCOPY ["a.json", "/app"]\n',
    'FROM node:24\nCOPY a b $DEST\n',
  ],
  invalid: [
    { code: 'FROM node:24\nCOPY package.json package-lock.json /app\n', errors: [{ line: 2, text: '/app', message: /trailing `\/`/, output: 'FROM node:24\nCOPY package.json package-lock.json /app/\n' }] },
    { code: 'FROM node:24\nADD --chown=node:node a.txt \\\n    b.txt ./\nCOPY x y .\n', errors: [{ line: 4, text: '.', output: 'FROM node:24\nADD --chown=node:node a.txt \\\n    b.txt ./\nCOPY x y ./\n' }] },
  ],
});

describe('the JSON form', () => {
  testRule('dockerfile/require-copy-dest-slash', {
    valid: ['FROM node:24\nCOPY --chown=node ["a b.json", "c.json", "$DEST"]\n'],
    invalid: [
      { code: 'FROM node:24\nCOPY ["a.json", "b.json", "/app"]\n', errors: [{ line: 2, text: '"/app"', message: /`\/app` receives 2 sources/, output: 'FROM node:24\nCOPY ["a.json", "b.json", "/app/"]\n' }] },
      { code: 'FROM node:24\nADD --chown=node [ "a.json", "b.json", "c.json", "app" ]\n', errors: [{ line: 2, text: '"app"', output: 'FROM node:24\nADD --chown=node [ "a.json", "b.json", "c.json", "app/" ]\n' }] },
    ],
  });
});

describe('quoted destinations', () => {
  testRule('dockerfile/require-copy-dest-slash', {
    valid: ['FROM alpine:3.23\nCOPY a b "dir/"\n', "FROM alpine:3.23\nCOPY a b 'dir/'\n"],
    invalid: [{ code: 'FROM alpine:3.23\nCOPY a b "dir"\n', errors: [{ line: 2, text: '"dir"', output: 'FROM alpine:3.23\nCOPY a b "dir/"\n' }] }],
  });
});
