import { testRule } from '../../ruleTester';

testRule('dockerfile/require-manifests-before-sources', {
  valid: [
    'FROM node:24\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
    'FROM node:24\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n',
    'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n',
    'FROM node:24\nCOPY . .\nRUN node build.js\n',
    'FROM node:24\nCOPY . .\nRUN yarn global add @vue/cli && npm install -g pm2 && npm install express\n',
    'FROM node:24\nCOPY . .\nRUN --mount=type=bind,source=package.json,target=package.json npm ci\n',
  ],
  invalid: [
    {
      code: 'FROM node:24\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n',
      errors: [{ line: 3, text: '.', message: /before the dependency install on line 4 .*`package\.json package-lock\.json`/, output: null }],
    },
    { code: 'FROM python:3.12-slim\nCOPY . /app\nRUN pip install --no-cache-dir -r /app/requirements.txt\n', errors: [{ line: 2, text: '.', message: /requirements\.txt/ }] },
    { code: 'FROM golang:1.26\nCOPY ./ ./\nRUN go mod download\n', errors: [{ line: 2, text: './' }] },
    { code: 'FROM node:24-alpine\nCOPY . .\nRUN yarn global add @vue/cli\nRUN yarn install --frozen-lockfile\n', errors: [{ line: 2, text: '.', message: /install on line 4/ }] },
  ],
});
