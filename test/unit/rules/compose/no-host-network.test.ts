import { testRule } from '../../ruleTester';

testRule('compose/no-host-network', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    network_mode: bridge\n',
    'services:\n  web:\n    image: nginx:1.27\n    network_mode: "service:vpn"\n',
    'services:\n  web:\n    image: nginx:1.27\nnetworks:\n  host:\n    external: true\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n',
      errors: [{ line: 4, text: 'network_mode: host', message: /`web` uses the host's network/, output: null }],
    },
    {
      code: 'version: "3"\n---\nservices:\r\n  web: {image: "nginx:1.27", network_mode: "host"}\r\n',
      errors: [{ line: 4, text: 'network_mode: "host"' }],
    },
  ],
});
