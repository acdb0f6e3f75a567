import { testRule } from '../../ruleTester';

testRule('dockerfile/require-healthcheck', {
  valid: [
    'FROM nginx\nEXPOSE 80\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n',
    'FROM alpine\nCMD ["sh"]\n',
    'FROM node:24 AS base\nHEALTHCHECK CMD node healthcheck.js\nFROM base\nEXPOSE 3000\n',
    'FROM node:24 AS web\nEXPOSE 3000\nFROM node:24\nCMD ["node", "worker.js"]\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["gunicorn", "app:app"]\n',
      errors: [
        {
          line: 2,
          text: 'EXPOSE',
          message: /exposes `8000` but has no HEALTHCHECK/,
          output:
            'FROM python:3.12-slim\nEXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD wget -qO- http://localhost:8000/ || exit 1\nCMD ["gunicorn", "app:app"]\n',
        },
      ],
    },
    {
      code: 'FROM nginx:1.27\r\nEXPOSE 80/tcp\r\n',
      errors: [{ line: 2, text: 'EXPOSE', output: 'FROM nginx:1.27\r\nEXPOSE 80/tcp\r\nHEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD wget -qO- http://localhost:80/ || exit 1\r\n' }],
    },
    { code: 'FROM scratch\nCOPY app /\nEXPOSE 8080\n', errors: [{ line: 3, text: 'EXPOSE', output: null }] },
  ],
});
