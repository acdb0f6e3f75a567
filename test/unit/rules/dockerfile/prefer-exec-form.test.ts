import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-exec-form', {
  valid: [
    'FROM node:24\nCMD ["node", "server.js"]\n',
    'FROM node:24\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["node"]\n',
    'FROM node:24\nCMD [ "node",\\\n  "server.js" ]\n',
    'FROM node:24\r\nCMD ["node", "server.js"]\r\n',
    '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nCMD ["C:\\\\app\\\\run.exe"]\n',
    'FROM alpine\nRUN <<EOF\nCMD node server.js\nEOF\n',
    'FROM alpine\nRUN echo CMD node server.js\n',
    'FROM alpine\n# CMD node server.js\n',
    'FROM alpine\nCMD\n',
    // A SHELL set in the stage, or in the stage it builds on, is BuildKit's documented way to want shell form.
    'FROM alpine\nRUN apk add --no-cache bash\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo "hello world"\n',
    'FROM alpine AS base\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nFROM base\nCMD run-app --serve\n',
    // A trigger runs after the whole stage, under the SHELL the image ends with.
    'FROM alpine\nONBUILD CMD run-app\nSHELL ["/bin/ash", "-c"]\n',
  ],
  invalid: [
    {
      // A SHELL after the CMD, or in a stage this one does not build on, does not apply to it.
      code: 'FROM alpine AS tools\nSHELL ["/bin/ash", "-c"]\nFROM alpine\nCMD run-app\nSHELL ["/bin/ash", "-c"]\n',
      errors: [{ line: 4, text: 'run-app', message: /`\/bin\/sh -c` is PID 1/, output: 'FROM alpine AS tools\nSHELL ["/bin/ash", "-c"]\nFROM alpine\nCMD ["run-app"]\nSHELL ["/bin/ash", "-c"]\n' }],
    },
    {
      code: 'FROM node:24\nCMD node server.js\n',
      errors: [{ line: 2, text: 'node server.js', message: /PID 1.*SIGTERM/, output: 'FROM node:24\nCMD ["node", "server.js"]\n' }],
    },
    {
      code: 'FROM node:24\nENTRYPOINT /usr/local/bin/entrypoint.sh --serve\n',
      errors: [{ line: 2, text: '/usr/local/bin/entrypoint.sh --serve', output: 'FROM node:24\nENTRYPOINT ["/usr/local/bin/entrypoint.sh", "--serve"]\n' }],
    },
    {
      code: "FROM node:24\nCMD ['node', 'server.js']\n",
      errors: [{ line: 2, text: "['node', 'server.js']", message: /not JSON \(single quotes\)/, output: 'FROM node:24\nCMD ["node", "server.js"]\n' }],
    },
    {
      code: 'FROM node:24\r\nWORKDIR /app\r\nCMD node server.js\r\n',
      errors: [{ line: 3, text: 'node server.js', output: 'FROM node:24\r\nWORKDIR /app\r\nCMD ["node", "server.js"]\r\n' }],
    },
    {
      code: 'FROM python:3.12\nCMD gunicorn \\\n    --bind 0.0.0.0:8000 \\\n    app:wsgi\n',
      errors: [{ line: 2, text: 'gunicorn \\\n    --bind 0.0.0.0:8000 \\\n    app:wsgi', output: 'FROM python:3.12\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:wsgi"]\n' }],
    },
    {
      code: 'FROM python:3.12\nCMD gunicorn \\\n# the address\n    --bind 0.0.0.0:8000\n',
      errors: [{ line: 2, text: 'gunicorn \\\n# the address\n    --bind 0.0.0.0:8000', message: /No quick fix: it has comment lines/, output: null }],
    },
    {
      code: 'FROM node:24\nCMD echo "say \\"hi\\"" \'C:\\path\'\n',
      errors: [{ line: 2, text: 'echo "say \\"hi\\"" \'C:\\path\'', output: 'FROM node:24\nCMD ["echo", "say \\"hi\\"", "C:\\\\path"]\n' }],
    },
    {
      code: "FROM node:24\nCMD echo '$HOME stays literal'\n",
      errors: [{ line: 2, text: "echo '$HOME stays literal'", output: 'FROM node:24\nCMD ["echo", "$HOME stays literal"]\n' }],
    },
    {
      code: 'FROM node:24\nCMD node server.js --port $PORT\n',
      errors: [{ line: 2, text: 'node server.js --port $PORT', message: /No quick fix: `\$PORT` needs a shell/, output: null }],
    },
    {
      code: 'FROM node:24\nCMD npm run migrate && node server.js\n',
      errors: [{ line: 2, text: 'npm run migrate && node server.js', message: /No quick fix: `&&` is a shell operator/, output: null }],
    },
    {
      code: 'FROM node:24\nCMD ["node", "server.js"\n',
      errors: [{ line: 2, text: '["node", "server.js"', output: null }],
    },
    {
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nCMD C:\\app\\run.exe `\n  --verbose\n',
      errors: [{ line: 3, message: /the default shell is PID 1/, text: 'C:\\app\\run.exe `\n  --verbose', output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver\nCMD ["C:\\\\app\\\\run.exe", "--verbose"]\n' }],
    },
    {
      code: 'FROM alpine AS build\nCMD make\nFROM alpine\nRUN <<EOF\nset -e\nEOF\nENTRYPOINT run\n',
      errors: [
        { line: 2, text: 'make', output: 'FROM alpine AS build\nCMD ["make"]\nFROM alpine\nRUN <<EOF\nset -e\nEOF\nENTRYPOINT run\n' },
        { line: 7, text: 'run', output: 'FROM alpine AS build\nCMD make\nFROM alpine\nRUN <<EOF\nset -e\nEOF\nENTRYPOINT ["run"]\n' },
      ],
    },
  ],
});
