import { testRule } from '../../ruleTester';

testRule('dockerfile/no-undefined-copy-from', {
  valid: [
    'FROM golang:1.26 AS Builder\nFROM alpine:3.23\nCOPY --from=builder /app /app\n',
    'FROM golang:1.26\nFROM alpine:3.23\nCOPY --from=0 /app /app\n',
    'FROM alpine:3.23\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\nCOPY --from=ghcr.io/acme/tools /bin/t /bin/\nCOPY --from=$STAGE /a /a\n',
  ],
  invalid: [
    {
      code: 'FROM golang:1.26 AS builder\nFROM alpine:3.23\nCOPY --from=buidler /app /app\n',
      errors: [{ line: 3, text: 'buidler', message: /No stage named `buidler`/, output: null }],
    },
    {
      code: 'FROM alpine:3.23\nCOPY --from=build /app /app\nFROM golang:1.26 AS build\n',
      errors: [{ line: 2, text: 'build', message: /defined later/ }],
    },
    { code: 'FROM alpine:3.23\nCOPY --from=1 /app /app\n', errors: [{ line: 2, text: '1' }] },
  ],
});
