import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { 'org.opencontainers.image.source': 'url', maintainer: 'email' } } as const;

testRule('dockerfile/require-schema-labels', {
  valid: [
    'FROM alpine:3.20\nCMD ["sh"]\n',
    { code: 'FROM alpine:3.20\nCMD ["sh"]\n', workspace: { labelSchema: {} } },
    { code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://example.com/r" \\\n  maintainer="a@example.com"\n', workspace },
    { code: 'FROM alpine:3.20 AS base\nLABEL org.opencontainers.image.source="https://example.com/r" maintainer="a@example.com"\nFROM base\nCMD ["sh"]\n', workspace },
    { code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nLABEL org.opencontainers.image.source=x maintainer=y\n', workspace },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL maintainer="a@example.com"\n',
      workspace,
      errors: [{ line: 1, text: 'FROM', message: /lacks the label `org\.opencontainers\.image\.source` of the label schema/ }],
    },
    {
      code: 'FROM alpine:3.20 AS one\nFROM debian:12\nLABEL maintainer="a@example.com"\n',
      workspace,
      errors: [{ line: 1, text: 'FROM', message: /lacks the labels `org\.opencontainers\.image\.source`, `maintainer`/ }, { line: 2, text: 'FROM' }],
    },
  ],
});
