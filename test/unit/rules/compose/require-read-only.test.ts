import { testRule } from '../../ruleTester';

testRule('compose/require-read-only', {
  valid: [
    'services:\n  api:\n    image: example/api:1.4\n    read_only: true\n',
    'services:\n  api:\n    image: example/api:1.4\n    read_only: false\n',
    'services:\n  base:\n    image: a:1\n    read_only: true\n  web:\n    extends: base\n  worker:\n    extends:\n      service: web\n',
    'services:\n  web:\n    extends:\n      file: common.yaml\n      service: web\n',
    'services:\n  a:\n    extends: b\n    read_only: true\n  b:\n    extends: a\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n---\nservices:\n  - not a map\n',
      errors: [{ line: 2, text: 'api', output: 'services:\n  api:\n    image: example/api:1.4\n    read_only: true\n---\nservices:\n  - not a map\n' }],
    },
    {
      code: 'services:\n  base:\n    image: a:1\n  web:\n    extends: base\n',
      errors: [{ line: 2, text: 'base', output: 'services:\n  base:\n    image: a:1\n    read_only: true\n  web:\n    extends: base\n' }, { line: 4, text: 'web', output: 'services:\n  base:\n    image: a:1\n  web:\n    extends: base\n    read_only: true\n' }],
    },
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n  broken: [unclosed\n',
      errors: [],
    },
  ],
});
