import { testRule } from '../../ruleTester';

testRule('compose/no-host-pid', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n    pid: "service:app"\n', 'services:\n  web:\n    image: nginx:1.27\n'],
  invalid: [
    {
      code: 'services:\n  agent:\n    image: datadog/agent:7\n    pid: host\n    restart: always\n',
      errors: [{ line: 4, text: 'pid: host', output: 'services:\n  agent:\n    image: datadog/agent:7\n    restart: always\n' }],
    },
    {
      code: 'services:\n  agent: {image: "datadog/agent:7", pid: host}\n',
      errors: [{ line: 2, text: 'pid: host', output: 'services:\n  agent: {image: "datadog/agent:7"}\n' }],
    },
  ],
});
