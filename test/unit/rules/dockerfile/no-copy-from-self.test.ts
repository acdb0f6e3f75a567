import { testRule } from '../../ruleTester';

testRule('dockerfile/no-copy-from-self', {
  valid: ['FROM node:24 AS build\nFROM nginx:1.27\nCOPY --from=build /app/dist /srv\n'],
  invalid: [
    { code: 'FROM node:24 AS build\nCOPY --from=Build /app/dist /srv\n', errors: [{ line: 2, text: 'Build', message: /cannot copy from itself/, output: null }] },
    { code: 'FROM node:24\nFROM nginx:1.27\nCOPY --from=1 /a /b\n', errors: [{ line: 3, text: '1' }] },
  ],
});
