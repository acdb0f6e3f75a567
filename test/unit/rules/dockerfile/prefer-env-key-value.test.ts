import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-env-key-value', {
  valid: ['FROM node:24\nENV NODE_ENV=production\n', 'FROM node:24\nENV A=1 B="two words"\n', 'FROM alpine\nLABEL org.opencontainers.image.source=https://example.com\n'],
  invalid: [
    {
      code: 'FROM node:24\nENV NODE_ENV production\n',
      errors: [{ line: 2, text: 'NODE_ENV production', message: /legacy form/, output: 'FROM node:24\nENV NODE_ENV=production\n' }],
    },
    {
      code: 'FROM python:3.12\nENV PYTHON_PIP_VERSION 24.0 extra\n',
      errors: [{ line: 2, text: 'PYTHON_PIP_VERSION 24.0 extra', output: 'FROM python:3.12\nENV PYTHON_PIP_VERSION="24.0 extra"\n' }],
    },
    {
      code: 'FROM alpine\nLABEL maintainer "Jane <jane@example.com>"\n',
      errors: [{ line: 2, text: 'maintainer "Jane <jane@example.com>"', output: null }],
    },
  ],
});
