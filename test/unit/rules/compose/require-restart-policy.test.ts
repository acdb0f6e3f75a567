import { testRule } from '../../ruleTester';

testRule('compose/require-restart-policy', {
  valid: [
    'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n',
    'services:\n  migrate:\n    image: example/api:1.4\n    restart: "no"\n',
    'services:\n  api:\n    image: example/api:1.4\n    deploy:\n      restart_policy:\n        condition: on-failure\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n  db:\n    image: postgres:16\n    restart: always\n',
      errors: [{ line: 2, text: 'api', output: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped\n  db:\n    image: postgres:16\n    restart: always\n' }],
    },
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n    command: |\n      run --fast\n\n  db:\n    image: postgres:16\n    restart: always\n',
      errors: [{ line: 2, text: 'api', output: 'services:\n  api:\n    restart: unless-stopped\n    image: example/api:1.4\n    command: |\n      run --fast\n\n  db:\n    image: postgres:16\n    restart: always\n' }],
    },
  ],
});
