import { testRule } from '../../ruleTester';

testRule('dockerfile/no-copy-whole-stage', {
  valid: [
    'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /out/app /app\n',
    'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build / /rootfs/\n',
    'FROM scratch\nCOPY / /\n',
    'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /etc/ssl /\n',
  ],
  invalid: [
    {
      code: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build / /\n',
      errors: [{ line: 3, text: '/', message: /^`COPY --from=build \/ \/` copies the whole filesystem of that stage: copy only the files the image needs\.$/ }],
    },
    { code: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=0 / /\n', errors: [{ line: 3, text: '/', message: /^`COPY --from=0 \/ \/` copies the whole filesystem of that stage:/ }] },
    {
      code: 'FROM python:3.13-slim AS dev\nCOPY --from=docker:27-cli / /\n',
      errors: [{ line: 2, text: '/', message: /^`COPY --from=docker:27-cli \/ \/` copies the whole filesystem of that image: copy only the files the image needs\.$/ }],
    },
    { code: 'FROM alpine:3.20 AS base\nFROM scratch\ncopy --chown=0:0 --from=base "/" "/"\n', errors: [{ line: 3, text: '"/"' }] },
  ],
});
