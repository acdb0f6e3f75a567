import { testRule } from '../../ruleTester';

testRule('dockerfile/require-apt-list-cleanup', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian:12\nRUN apt-get update; apt-get install -y curl; apt-get dist-clean\n',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n',
    'FROM debian:12 AS unused\nRUN apt-get update && apt-get install -y curl\nFROM debian:12\nRUN echo done\n',
    'FROM debian:12\nRUN apt-get install -y ./local.deb\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ line: 2, text: 'update', output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' }],
    },
    {
      code: 'FROM debian:12\r\nRUN apt-get update \\\r\n    && apt-get install -y curl   \r\nUSER app\r\n',
      errors: [{ line: 2, text: 'update', output: 'FROM debian:12\r\nRUN apt-get update \\\r\n    && apt-get install -y curl && rm -rf /var/lib/apt/lists/*   \r\nUSER app\r\n' }],
    },
    {
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl # tools\nFROM base\n',
      errors: [{ line: 2, text: 'update', message: /same RUN/, output: null }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update; apt-get install -y curl;\n',
      errors: [{ line: 2, text: 'update', output: null }],
    },
  ],
});

describe('mounts and order', () => {
  testRule('dockerfile/require-apt-list-cleanup', {
    valid: [
      'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl\n',
      'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl\n',
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n',
        errors: [{ line: 2, text: 'update', output: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' }],
      },
    ],
  });
});
