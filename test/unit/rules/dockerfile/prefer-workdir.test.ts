import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-workdir', {
  valid: [
    'FROM node:24\nWORKDIR /app\nRUN npm ci\n',
    'FROM node:24\nRUN cd /tmp && curl -O https://example.com/x && cd / && rm -rf /tmp/x\n',
    'FROM node:24\nRUN make && cd /app && make install\n',
    'FROM node:24\nRUN (cd /app && make)\n',
    'FROM node:24\nRUN cd /app; make\n',
  ],
  invalid: [
    {
      code: 'FROM node:24\nRUN cd /app && npm ci\nCMD ["node", "server.js"]\n',
      errors: [{ line: 2, text: 'cd /app', message: /`WORKDIR \/app`/, output: null }],
    },
    {
      code: 'FROM node:24\nWORKDIR /app\nRUN cd /app && npm ci\n',
      errors: [{ line: 3, text: 'cd /app', output: 'FROM node:24\nWORKDIR /app\nRUN npm ci\n' }],
    },
    {
      code: 'FROM node:24\n  RUN cd /src && make\nENV A=1\nWORKDIR /app\nCOPY . .\n',
      errors: [{ line: 2, text: 'cd /src', output: 'FROM node:24\n  WORKDIR /src\n  RUN make\nENV A=1\nWORKDIR /app\nCOPY . .\n' }],
    },
    {
      code: 'FROM node:24\r\nRUN cd /src && make\r\nWORKDIR /app\r\n',
      errors: [{ line: 2, text: 'cd /src', output: 'FROM node:24\r\nWORKDIR /src\r\nRUN make\r\nWORKDIR /app\r\n' }],
    },
    {
      code: 'FROM node:24\nRUN cd /src \\\n && make\nWORKDIR /app\n',
      errors: [{ line: 2, text: 'cd /src', output: null }],
    },
    {
      code: 'FROM node:24\nRUN cd src && make\nWORKDIR /app\n',
      errors: [{ line: 2, text: 'cd src', output: null }],
    },
  ],
});
