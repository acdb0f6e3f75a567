import { testRule } from '../../ruleTester';

testRule('dockerfile/require-no-install-recommends', {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n',
    'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n',
    'FROM debian:12\nRUN <<EOF python3\nimport os  # apt-get install curl\nEOF\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl\n',
      errors: [{ line: 2, text: 'install', output: 'FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n' }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n\n && env DEBIAN_FRONTEND=noninteractive apt-get install -y \\\n      curl \\\n && rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, text: 'RUN apt-get update \\\n\n && env DEBIAN_FRONTEND=noninteractive apt-get install', output: 'FROM debian:12\nRUN apt-get update \\\n\n && env DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends -y \\\n      curl \\\n && rm -rf /var/lib/apt/lists/*\n' }],
    },
  ],
});
