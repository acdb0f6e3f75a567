import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pipefail', {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x | tar -xz\n',
    'FROM debian:12\nSHELL ["/bin/bash", "-euo", "pipefail", "-c"]\nFROM debian:12\nSHELL ["pwsh", "-Command"]\nRUN Get-Item | Select-Object Name\n',
    'FROM alpine:3.23\nRUN set -o pipefail && wget -qO- https://example.com/x | tar -xz\n',
    'FROM debian:12\nRUN echo "$SHA  file" | sha256sum -c -\n',
    'FROM debian:12\nRUN case "$arch" in amd64 | arm64) echo ok ;; esac\n',
    'FROM debian:12\nRUN echo "a || b" && grep -q x file || true\n',
    'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://example.com/x | tar -xz\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://example.com/x | tar -xz\n',
      errors: [{ line: 2, text: '|', message: /failure of `curl`/, output: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x | tar -xz\n' }],
    },
    {
      code: 'FROM alpine:3.23\nRUN wget -qO- https://example.com/x \\\n  | tar -xz\n',
      errors: [{ line: 2, text: 'RUN wget -qO- https://example.com/x \\\n  |', output: null }],
    },
    {
      code: 'FROM python:3.12-slim\r\nRUN <<EOF\r\nset -e\r\ncurl -fsSL https://example.com/x | sh\r\nEOF\r\n',
      errors: [{ line: 2, text: 'RUN <<EOF\r\nset -e\r\ncurl -fsSL https://example.com/x |', output: 'FROM python:3.12-slim\r\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\r\nRUN <<EOF\r\nset -e\r\ncurl -fsSL https://example.com/x | sh\r\nEOF\r\n' }],
    },
    {
      code: 'FROM debian:12\nSHELL ["/bin/sh", "-c"]\nRUN find / -name x | xargs rm\n',
      errors: [{ line: 3, text: '|', message: /failure of `find`/, output: null }],
    },
  ],
});
