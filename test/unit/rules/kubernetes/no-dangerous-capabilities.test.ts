import { testRule } from '../../ruleTester';
import { deployment, pod } from './manifests';

testRule('kubernetes/no-dangerous-capabilities', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add: [NET_BIND_SERVICE, CHOWN]\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop: [SYS_ADMIN, ALL]\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add: [NET_BIND_SERVICE, SYS_ADMIN, "CAP_NET_RAW"]\n'),
      errors: [
        {
          line: 11,
          text: 'SYS_ADMIN',
          message: /adds the `SYS_ADMIN` capability/,
          output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add: [NET_BIND_SERVICE, "CAP_NET_RAW"]\n'),
        },
        { line: 11, text: '"CAP_NET_RAW"', output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add: [NET_BIND_SERVICE, SYS_ADMIN]\n') },
      ],
    },
    {
      code: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            capabilities:\n              add:\n                - ALL\n                - NET_BIND_SERVICE\n'),
      errors: [
        {
          line: 20,
          text: 'ALL',
          output: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            capabilities:\n              add:\n                - NET_BIND_SERVICE\n'),
        },
      ],
    },
    {
      // The only item: no edit would leave a valid list, so no fix.
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add:\n            - SYS_PTRACE\n'),
      errors: [{ line: 12, text: 'SYS_PTRACE', output: null }],
    },
  ],
});
