import { testRule } from '../../ruleTester';

testRule('compose/no-host-userns', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n'],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    userns_mode: "host"\n',
      errors: [{ line: 4, text: 'userns_mode: "host"', output: null }],
    },
  ],
});
