import { testRule } from '../../ruleTester';
import { crlf, pod } from './manifests';

testRule('kubernetes/require-drop-all-capabilities', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop: [ALL]\n          add: [NET_BIND_SERVICE]\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop:\n            - all\n'),
    // Ephemeral containers cannot set capabilities usefully; they are left out.
    pod('  containers: []\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
      errors: [
        {
          line: 7,
          text: 'web',
          message: /drop `ALL`/,
          output: [
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop: [ALL]\n'),
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n'),
          ],
        },
      ],
    },
    {
      code: crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop:\n            - NET_RAW # raw sockets\n')),
      errors: [
        {
          line: 11,
          text: 'drop',
          output: [
            crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop:\n            - NET_RAW # raw sockets\n            - ALL\n')),
            crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop:\n            - NET_RAW # raw sockets\n            - ALL\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        seccompProfile:\n          type: RuntimeDefault\n')),
          ],
        },
      ],
    },
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add: ["NET_BIND_SERVICE"]\n'),
      errors: [
        {
          line: 10,
          text: 'capabilities',
          output: [
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add: ["NET_BIND_SERVICE"]\n          drop: [ALL]\n'),
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        capabilities:\n          add: ["NET_BIND_SERVICE"]\n          drop: [ALL]\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        seccompProfile:\n          type: RuntimeDefault\n'),
          ],
        },
      ],
    },
  ],
});
