import { testRule } from '../../ruleTester';

testRule('compose/no-host-ipc', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n    ipc: "service:db"\n', 'services:\n  web:\n    image: nginx:1.27\n    ipc: shareable\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    ipc: host\n    image: nginx:1.27\n',
      errors: [{ line: 3, text: 'ipc: host', output: 'services:\n  web:\n    image: nginx:1.27\n' }],
    },
  ],
});
