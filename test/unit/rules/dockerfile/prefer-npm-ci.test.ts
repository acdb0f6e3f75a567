import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-npm-ci', {
  valid: [
    'FROM node:24\nRUN npm ci --omit=dev\n',
    'FROM node:24\nRUN npm install -g pm2@5.4.2 && npm install express@4.19.2\n',
    'FROM node:24\nRUN echo npm install\n',
  ],
  invalid: [
    {
      code: 'FROM node:24\nCOPY package*.json ./\nRUN npm install\n',
      errors: [{ line: 3, text: 'install', message: /`npm ci`/, output: 'FROM node:24\nCOPY package*.json ./\nRUN npm ci\n' }],
    },
    {
      code: 'FROM node:24\nRUN --mount=type=cache,target=/root/.npm \\\n    npm i --omit=dev\n',
      errors: [{ line: 3, text: 'i', output: 'FROM node:24\nRUN --mount=type=cache,target=/root/.npm \\\n    npm ci --omit=dev\n' }],
    },
  ],
});
