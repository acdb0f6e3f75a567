import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-npm-packages', {
  valid: [
    'FROM node:20\nRUN npm install -g pm2@5.4.2 @angular/cli@17.3.0\n',
    'FROM node:20\nRUN npm ci && npm install\n',
    'FROM node:20\nRUN npm install ./local-package ../other.tgz git+https://example.com/x.git\n',
  ],
  invalid: [
    {
      code: 'FROM node:20\nRUN npm install -g pm2 @nestjs/cli\n',
      errors: [{ line: 2, text: 'pm2', message: /nor is `@nestjs\/cli`.*`pm2@<version>`/, output: null }],
    },
    {
      code: 'FROM node:20\nRUN npm install -g @nestjs/cli typescript ts-node nodemon\n',
      errors: [{ line: 2, text: '@nestjs/cli', message: /nor are 3 more packages/ }],
    },
  ],
});
