import { testRule } from '../../ruleTester';

testRule('dockerfile/no-tls-verification-bypass', {
  valid: [
    'FROM debian:12\nRUN curl -fsSL https://example.com/x -o /x && wget -q https://example.com/y\n',
    'FROM node:24\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 GIT_SSL_NO_VERIFY=false\n',
    'FROM debian:12\nRUN echo curl -k && git config --global http.sslVerify true\n',
    'FROM debian:12\nRUN wget -k https://example.com/page.html\n',
    // Names of Object.prototype's properties are names like any other, not entries of the table.
    'FROM debian:12\nENV constructor=1 toString=0\nARG __proto__=0\nRUN export hasOwnProperty=0 && valueOf=0 curl https://example.com/x\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -k -o /x https://example.com/x\n',
      errors: [{ line: 2, text: '-k', message: /`curl -k`/, output: 'FROM debian:12\nRUN curl -o /x https://example.com/x\n' }],
    },
    {
      code: 'FROM debian:12\nRUN curl -fsSLk https://example.com/x | sh && wget --no-check-certificate \\\n    https://example.com/y\n',
      errors: [
        { line: 2, text: '-fsSLk', output: null },
        { line: 2, text: '--no-check-certificate', output: 'FROM debian:12\nRUN curl -fsSLk https://example.com/x | sh && wget \\\n    https://example.com/y\n' },
      ],
    },
    {
      code: 'FROM node:24\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nARG GIT_SSL_NO_VERIFY=1\n',
      errors: [{ line: 2, text: 'NODE_TLS_REJECT_UNAUTHORIZED', message: /turns off TLS/ }, { line: 3, text: 'GIT_SSL_NO_VERIFY' }],
    },
    {
      code: 'FROM python:3.12\nRUN pip install --trusted-host pypi.example.com flask && npm config set strict-ssl false && git config --global http.sslVerify false\n',
      errors: [
        { line: 2, text: '--trusted-host', output: null },
        { line: 2, text: 'strict-ssl' },
        { line: 2, text: 'http.sslVerify' },
      ],
    },
    {
      code: 'FROM node:24\nRUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && PYTHONHTTPSVERIFY=0 python3 x.py\n',
      errors: [{ line: 2, text: 'NODE_TLS_REJECT_UNAUTHORIZED=0' }, { line: 2, text: 'PYTHONHTTPSVERIFY=0' }],
    },
  ],
});
