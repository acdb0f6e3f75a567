import { testRule } from '../../ruleTester';

testRule('compose/no-latest-image', {
  valid: [
    'services:\n  db:\n    image: postgres:16.4\n',
    'services:\n  db:\n    image: postgres@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'services:\n  app:\n    build: .\n    image: example/app\n',
    'services:\n  app:\n    image: "example/app:${TAG:-latest}"\n',
    'services:\n  app:\n    image: localhost:5000/app:1.0\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres\n  cache:\n    image: "redis:latest"\n',
      errors: [
        { line: 3, text: 'postgres', message: /has no tag/, output: null },
        { line: 5, text: '"redis:latest"', message: /moving `latest` tag/ },
      ],
    },
    {
      code: 'services:\r\n  app:\r\n    image: localhost:5000/app\r\n',
      errors: [{ line: 3, text: 'localhost:5000/app' }],
    },
  ],
});
