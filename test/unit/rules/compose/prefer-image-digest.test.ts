import { testRule } from '../../ruleTester';

testRule('compose/prefer-image-digest', {
  valid: [
    'services:\n  db:\n    image: postgres:16.4@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'services:\n  db:\n    image: postgres\n',
    'services:\n  app:\n    build: .\n    image: example/app:1.0\n',
  ],
  invalid: [{ code: 'services:\n  db:\n    image: postgres:16.4\n', errors: [{ line: 3, text: 'postgres:16.4', output: null }] }],
});
