import { testRule } from '../../ruleTester';

testRule('compose/require-cap-drop-all', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n',
    'services:\n  web:\n    image: nginx:1.27\n    cap_drop:\n      - all\n',
    'x-hardened: &hardened\n  cap_drop: [ALL]\nservices:\n  web:\n    <<: *hardened\n    image: nginx:1.27\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27  # front\n    ports: ["80:80"]\n',
      errors: [{ line: 2, text: 'web', output: 'services:\n  web:\n    image: nginx:1.27  # front\n    ports: ["80:80"]\n    cap_drop: [ALL]\n' }],
    },
    {
      code: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n    cap_drop:\r\n      - NET_RAW\r\n',
      errors: [{ line: 4, text: 'cap_drop:\r\n      - NET_RAW', message: /not `ALL`/, output: 'services:\r\n  web:\r\n    image: nginx:1.27\r\n    cap_drop:\r\n      - NET_RAW\r\n      - ALL\r\n' }],
    },
    {
      code: 'services: {web: {image: "nginx:1.27"}}\n',
      errors: [{ line: 1, text: 'web', output: 'services: {web: {image: "nginx:1.27", cap_drop: [ALL]}}\n' }],
    },
    {
      code: 'x-base: &base\n  image: nginx:1.27\nservices:\n  web: *base\n',
      errors: [{ line: 4, text: 'web', output: null }],
    },
  ],
});
