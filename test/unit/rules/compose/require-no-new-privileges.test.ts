import { testRule } from '../../ruleTester';

testRule('compose/require-no-new-privileges', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["no-new-privileges:true"]\n',
    'services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges\n',
    'services:\n  web:\n    image: nginx:1.27\n    security_opt: [no-new-privileges=true]\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n',
      errors: [{ line: 2, text: 'web', output: 'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["no-new-privileges:true"]\n' }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    security_opt:\n    - label:type:svirt_t\n',
      errors: [{ line: 4, text: 'security_opt:\n    - label:type:svirt_t', output: 'services:\n  web:\n    image: nginx:1.27\n    security_opt:\n    - label:type:svirt_t\n    - "no-new-privileges:true"\n' }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["no-new-privileges:false"]\n',
      errors: [{ line: 4, text: 'security_opt: ["no-new-privileges:false"]', message: /sets `no-new-privileges:false`/, output: null }],
    },
  ],
});
