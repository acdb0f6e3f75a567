import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-apk-packages', {
  valid: [
    'FROM alpine:3.23\nRUN apk add --no-cache curl=8.5.0-r0 git~2.43\n',
    'FROM alpine:3.23\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0 ./local.apk\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.23\nRUN apk add --no-cache --virtual .build-deps \\\n    gcc \\\n    musl-dev=1.2.4-r2\n',
      errors: [{ line: 2, text: 'RUN apk add --no-cache --virtual .build-deps \\\n    gcc', message: /`gcc=<version>`/, output: null }],
    },
  ],
});

describe('apk command lines', () => {
  testRule('dockerfile/require-pinned-apk-packages', {
    valid: [
      'FROM alpine:3.23\nRUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/community curl=8.9.0-r0\n',
      'FROM alpine:3.23\nRUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/main curl=8.9.0-r0\n',
    ],
    invalid: [{ code: 'FROM alpine:3.23\nRUN apk add --no-cache --repository https://example.com/repo curl\n', errors: [{ line: 2, text: 'curl', output: null }] }],
  });
});
