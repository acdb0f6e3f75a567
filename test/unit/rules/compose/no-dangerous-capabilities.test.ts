import { testRule } from '../../ruleTester';

testRule('compose/no-dangerous-capabilities', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    cap_add: [NET_BIND_SERVICE, CHOWN]\n',
    'services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n',
    'services:\n  web:\n    image: nginx:1.27\n    environment:\n      cap_add: SYS_ADMIN\n',
  ],
  invalid: [
    {
      code: 'services:\n  vpn:\n    image: wg:1\n    cap_add:\n      - NET_ADMIN\n      - SYS_MODULE\n      - CHOWN\n',
      errors: [
        { line: 5, text: 'NET_ADMIN', message: /adds `NET_ADMIN`/, output: 'services:\n  vpn:\n    image: wg:1\n    cap_add:\n      - SYS_MODULE\n      - CHOWN\n' },
        { line: 6, text: 'SYS_MODULE', output: 'services:\n  vpn:\n    image: wg:1\n    cap_add:\n      - NET_ADMIN\n      - CHOWN\n' },
      ],
    },
    {
      code: 'services:\n  web:\n    image: x:1\n    cap_add: [CHOWN, "CAP_SYS_ADMIN"]\n',
      errors: [{ line: 4, text: '"CAP_SYS_ADMIN"', output: 'services:\n  web:\n    image: x:1\n    cap_add: [CHOWN]\n' }],
    },
    {
      // The same list as Kubernetes: NET_RAW forges packets.
      code: 'services:\n  web:\n    image: x:1\n    cap_drop: [ALL]\n    cap_add: [NET_RAW]\n',
      errors: [{ line: 5, text: 'NET_RAW', message: /adds `NET_RAW`, which allows raw sockets that forge packets/, output: 'services:\n  web:\n    image: x:1\n    cap_drop: [ALL]\n' }],
    },
    {
      code: 'x-caps: &caps [NET_ADMIN, CHOWN]\nservices:\n  a:\n    image: x:1\n    cap_add: *caps\n  b:\n    image: y:1\n    cap_add: *caps\n',
      errors: [{ line: 1, text: 'NET_ADMIN', output: null }],
    },
    {
      code: 'services:\n  web:\n    image: x:1\n    cap_add: [ALL]\n',
      // The last item removed takes its key along: `cap_add:` alone would be null.
      errors: [{ line: 4, text: 'ALL', output: 'services:\n  web:\n    image: x:1\n' }],
    },
  ],
});
