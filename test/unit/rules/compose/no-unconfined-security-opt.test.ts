import { testRule } from '../../ruleTester';

testRule('compose/no-unconfined-security-opt', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["no-new-privileges:true"]\n',
    'services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - seccomp:./profile.json\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - seccomp:unconfined\n      - no-new-privileges:true\n',
      errors: [{ line: 5, text: 'seccomp:unconfined', output: 'services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:true\n' }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["apparmor=unconfined"]\n    user: app\n',
      errors: [{ line: 4, text: 'security_opt: ["apparmor=unconfined"]', message: /`apparmor=unconfined`/, output: 'services:\n  web:\n    image: nginx:1.27\n    user: app\n' }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    security_opt: [label:disable, "seccomp:unconfined"]\n',
      errors: [
        { line: 4, text: 'label:disable', output: 'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["seccomp:unconfined"]\n' },
        { line: 4, text: '"seccomp:unconfined"', output: 'services:\n  web:\n    image: nginx:1.27\n    security_opt: [label:disable]\n' },
      ],
    },
  ],
});
