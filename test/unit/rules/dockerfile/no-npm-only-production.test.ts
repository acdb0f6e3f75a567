import { testRule } from '../../ruleTester';

testRule('dockerfile/no-npm-only-production', {
  valid: [
    'FROM node:24-alpine\nRUN npm ci --omit=dev\n',
    'FROM node:24-alpine\nRUN npm install --omit=dev --only-this-is-not-a-flag\n',
    'FROM node:24-alpine\nRUN npm run build -- --production\n',
    'FROM node:24-alpine\nRUN echo npm ci --only=production\n',
  ],
  invalid: [
    {
      code: 'FROM node:24-alpine\nRUN npm install --only=production\n',
      errors: [{ line: 2, text: '--only=production', message: /`--only=production` is deprecated since npm 7: write `--omit=dev`/, output: 'FROM node:24-alpine\nRUN npm install --omit=dev\n' }],
    },
    {
      code: 'FROM node:24-alpine\nRUN npm ci --only=prod && npm cache clean --force\n',
      errors: [{ line: 2, text: '--only=prod', output: 'FROM node:24-alpine\nRUN npm ci --omit=dev && npm cache clean --force\n' }],
    },
    {
      code: 'FROM node:24-alpine\nRUN npm install --production\n',
      errors: [{ line: 2, text: '--production', output: 'FROM node:24-alpine\nRUN npm install --omit=dev\n' }],
    },
    {
      code: 'FROM node:24-alpine\nRUN npm --loglevel=warn i --only production\n',
      errors: [{ line: 2, text: '--only production', message: /`--only production` is deprecated/, output: 'FROM node:24-alpine\nRUN npm --loglevel=warn i --omit=dev\n' }],
    },
  ],
});
