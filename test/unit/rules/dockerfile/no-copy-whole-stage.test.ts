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
      errors: [{ line: 3, text: '/', message: /`COPY --from=build \/ \/` copies the whole filesystem/ }],
    },
    { code: 'FROM alpine:3.20 AS base\nFROM scratch\ncopy --chown=0:0 --from=base "/" "/"\n', errors: [{ line: 3, text: '"/"' }] },
  ],
});
