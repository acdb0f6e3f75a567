import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-npm-omit-dev', {
  valid: [
    'FROM node:24\nRUN npm ci --omit=dev\n',
    'FROM node:24\nENV NODE_ENV=production\nRUN npm ci\n',
    'FROM node:24\nRUN npm ci --only=production\n',
    'FROM node:24\nRUN npm ci && npm run build\n',
    'FROM node:24 AS build\nRUN npm ci\nRUN npm run build\nFROM node:24\nRUN npm ci --omit=dev\n',
    'FROM node:24\nRUN npm ci\nRUN npm test\n',
  ],
  invalid: [
    {
      code: 'FROM node:24-alpine\nCOPY package*.json ./\nRUN npm ci\nCOPY dist ./dist\nCMD ["node", "dist/server.js"]\n',
      errors: [{ line: 3, text: 'npm ci', message: /also installs the dev dependencies/, output: 'FROM node:24-alpine\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY dist ./dist\nCMD ["node", "dist/server.js"]\n' }],
    },
    {
      code: 'FROM node:24\nRUN npm ci --no-audit && \\\n    npm cache clean --force\n',
      errors: [{ line: 2, text: 'npm ci', output: 'FROM node:24\nRUN npm ci --omit=dev --no-audit && \\\n    npm cache clean --force\n' }],
    },
  ],
});
