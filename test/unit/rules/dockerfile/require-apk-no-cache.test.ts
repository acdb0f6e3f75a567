import { testRule } from '../../ruleTester';

testRule('dockerfile/require-apk-no-cache', {
  valid: [
    'FROM alpine:3.23\nRUN apk add --no-cache curl\n',
    'FROM alpine:3.23\nRUN apk --no-cache add curl\n',
    'FROM alpine:3.23\nRUN apk add curl && rm -rf /var/cache/apk/*\n',
    'FROM alpine:3.23\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n',
    'FROM alpine:3.23\nRUN apk del curl\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.23\nRUN apk update && apk add curl\n',
      errors: [{ line: 2, text: 'add', output: 'FROM alpine:3.23\nRUN apk update && apk add --no-cache curl\n' }],
    },
    {
      code: 'FROM alpine:3.23\nRUN set -eux; \\\n\tapk add --virtual .build-deps \\\n\t\tgcc\n',
      errors: [{ line: 2, text: 'RUN set -eux; \\\n\tapk add', output: 'FROM alpine:3.23\nRUN set -eux; \\\n\tapk add --no-cache --virtual .build-deps \\\n\t\tgcc\n' }],
    },
  ],
});

describe('mounts and order', () => {
  testRule('dockerfile/require-apk-no-cache', {
    valid: [
      'FROM alpine:3.23\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n',
      'FROM alpine:3.23\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add curl\n',
    ],
    invalid: [
      { code: 'FROM alpine:3.23\nRUN rm -rf /var/cache/apk/* && apk add curl\n', errors: [{ line: 2, text: 'add', output: 'FROM alpine:3.23\nRUN rm -rf /var/cache/apk/* && apk add --no-cache curl\n' }] },
    ],
  });
});
