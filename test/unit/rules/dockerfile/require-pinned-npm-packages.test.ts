import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-npm-packages', {
  valid: [
    'FROM node:24\nRUN npm install -g pm2@5.4.2 @angular/cli@17.3.0\n',
    'FROM node:24\nRUN npm ci && npm install\n',
    'FROM node:24\nRUN npm install ./local-package ../other.tgz git+https://example.com/x.git#4f3c2a1\n',
  ],
  invalid: [
    {
      code: 'FROM node:24\nRUN npm install -g pm2 @nestjs/cli\n',
      errors: [{ line: 2, text: 'pm2', message: /nor is `@nestjs\/cli`.*`pm2@<version>`/, output: null }],
    },
    {
      code: 'FROM node:24\nRUN npm install -g @nestjs/cli typescript ts-node nodemon\n',
      errors: [{ line: 2, text: '@nestjs/cli', message: /nor are 3 more packages/ }],
    },
  ],
});

describe('npm command lines', () => {
  testRule('dockerfile/require-pinned-npm-packages', {
    valid: [
      'FROM node:24\nRUN npm install --loglevel verbose sax@0.1.1\n',
      'FROM node:24\nRUN npm i --omit dev express@4.19.2\n',
      'FROM node:24\nRUN npm install git+https://github.com/acme/lib.git#4f3c2a1\n',
      'FROM node:24\nRUN npm install https://example.com/lib-1.2.0.tgz\n',
    ],
    invalid: [
      { code: 'FROM node:24\nRUN npm install --loglevel verbose sax\n', errors: [{ line: 2, text: 'sax', output: null }] },
      {
        code: 'FROM node:24\nRUN npm install git+https://github.com/acme/lib.git\n',
        errors: [{ line: 2, text: 'git+https://github.com/acme/lib.git', message: /#<commit>/, output: null }],
      },
      { code: 'FROM node:24\nRUN npm install https://github.com/acme/lib/tarball/master\n', errors: [{ line: 2, text: 'https://github.com/acme/lib/tarball/master', output: null }] },
    ],
  });
});

describe('npm GitHub shorthand, user/repo#commit-ish', () => {
  testRule('dockerfile/require-pinned-npm-packages', {
    valid: [
      'FROM node:24\nRUN npm install -g expressjs/express#a1b2c3d4e5f6\n',
      'FROM node:24\nRUN npm install -g expressjs/express#4.18.2 @scope/tool@1.2.3\n',
      'FROM node:24\nRUN npm install -g ./tools/cli ../lib\n',
    ],
    invalid: [
      { code: 'FROM node:24\nRUN npm install -g expressjs/express\n', errors: [{ line: 2, text: 'expressjs/express', message: /^`expressjs\/express` is not pinned: write `expressjs\/express#<commit>`/ }] },
      { code: 'FROM node:24\nRUN npm install -g expressjs/express#4.18.2 @scope/tool\n', errors: [{ line: 2, text: '@scope/tool', message: /write `@scope\/tool@<version>`/ }] },
    ],
  });
});
