import { testRule } from '../../ruleTester';

testRule('dockerfile/require-yarn-cache-clean', {
  valid: [
    'FROM node:24\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    'FROM node:24\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n',
    'FROM node:24 AS build\nRUN yarn install\nFROM nginx:1.27\nCOPY --from=build /app/dist /srv\n',
    'FROM node:24\nRUN yarn build\n',
  ],
  invalid: [
    {
      code: 'FROM node:24\nRUN yarn install --frozen-lockfile\n',
      errors: [{ line: 2, text: 'install', message: /`yarn cache clean`/, output: 'FROM node:24\nRUN yarn install --frozen-lockfile && yarn cache clean\n' }],
    },
    { code: 'FROM node:24\nRUN yarn install; yarn build\n', errors: [{ line: 2, text: 'install', output: 'FROM node:24\nRUN yarn install; yarn build && yarn cache clean\n' }] },
  ],
});

describe('mounts and order', () => {
  testRule('dockerfile/require-yarn-cache-clean', {
    valid: [
      'FROM node:24\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n',
      'FROM node:24\nRUN --mount=type=cache,target=/home/node/.cache/yarn yarn install --frozen-lockfile\n',
    ],
    invalid: [
      {
        code: 'FROM node:24\nRUN yarn cache clean && yarn install --frozen-lockfile\n',
        errors: [{ line: 2, text: 'install', output: 'FROM node:24\nRUN yarn cache clean && yarn install --frozen-lockfile && yarn cache clean\n' }],
      },
    ],
  });
});
