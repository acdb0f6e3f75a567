import { testRule } from '../../ruleTester';

testRule('dockerfile/require-stage-healthcheck', {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1\n',
    'FROM nginx:1.27\nHEALTHCHECK NONE\n',
    'FROM alpine:3.20 AS base\nHEALTHCHECK CMD true\nFROM base AS app\nRUN true\n',
  ],
  invalid: [
    { code: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n', errors: [{ line: 1, text: 'FROM', message: /no HEALTHCHECK/ }] },
    {
      code: 'from golang:1.23 AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static\nHEALTHCHECK CMD ["/app", "-health"]\nFROM build AS test\n',
      errors: [{ line: 1, text: 'from' }, { line: 5, text: 'FROM' }],
    },
  ],
});
