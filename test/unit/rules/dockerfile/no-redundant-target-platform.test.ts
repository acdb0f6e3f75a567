import { testRule } from '../../ruleTester';

testRule('dockerfile/no-redundant-target-platform', {
  valid: ['FROM --platform=$BUILDPLATFORM golang:1.26 AS build\n', 'FROM alpine\n', 'FROM --platform=linux/amd64 alpine\n'],
  invalid: [
    {
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.23\n',
      errors: [{ line: 1, text: '--platform=$TARGETPLATFORM', message: /redundant/, output: 'FROM alpine:3.23\n' }],
    },
    { code: 'FROM --platform=${TARGETPLATFORM} alpine AS run\n', errors: [{ line: 1, text: '--platform=${TARGETPLATFORM}', output: 'FROM alpine AS run\n' }] },
  ],
});
