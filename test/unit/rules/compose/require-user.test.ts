import { testRule } from '../../ruleTester';

testRule('compose/require-user', {
  valid: [
    'services:\n  worker:\n    image: example/worker:2.0\n    user: "1000:1000"\n',
    'services:\n  app:\n    build: .\n',
    'services:\n  worker:\n    image: example/worker:2.0\n    user: app\n',
  ],
  invalid: [
    { code: 'services:\n  worker:\n    image: example/worker:2.0\n', errors: [{ line: 2, text: 'worker', message: /sets no `user`/, output: null }] },
    { code: 'services:\n  worker:\n    build: .\n    user: "0:0"\n', errors: [{ line: 4, text: 'user: "0:0"', message: /runs as `0:0`/, output: null }] },
    { code: 'services:\n  worker: {image: "w:1", user: root}\n', errors: [{ line: 2, text: 'user: root' }] },
  ],
});
