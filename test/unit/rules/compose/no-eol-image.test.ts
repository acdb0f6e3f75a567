import { testRule } from '../../ruleTester';

testRule('compose/no-eol-image', {
  valid: [
    'services:\n  db:\n    image: debian:trixie-slim\n',
    'services:\n  app:\n    image: "node:${NODE_VERSION:-16}"\n',
    'services:\n  app:\n    build: .\n    image: node:16\n',
    'services:\n  app:\n    image: example/python:3.7\n',
    'services:\n  app:\n    image: python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: "node:18-alpine"\n  db:\n    image: ubuntu:focal\n',
      errors: [
        { line: 3, text: '"node:18-alpine"', message: /^`node:18-alpine` is node 18, which reached its end of life on 2025-04-30/, output: null },
        { line: 5, text: 'ubuntu:focal', message: /ubuntu 20\.04 \(focal\)/ },
      ],
    },
  ],
});
