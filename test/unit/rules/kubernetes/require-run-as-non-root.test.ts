import { testRule } from '../../ruleTester';
import { deployment, pod } from './manifests';

testRule('kubernetes/require-run-as-non-root', {
  valid: [
    pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 1000\n'),
    pod('  securityContext:\n    runAsUser: 10001\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: true\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
      errors: [
        {
          line: 7,
          text: 'web',
          message: /may run as root/,
          output: [
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: true\n'),
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n'),
          ],
        },
      ],
    },
    {
      // The container's `false` wins over the pod's `true`.
      code: pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: false\n'),
      errors: [
        {
          line: 12,
          text: 'runAsNonRoot: false',
          output: [
            pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: true\n'),
            pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: true\n        allowPrivilegeEscalation: false\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n'),
          ],
        },
      ],
    },
    {
      // runAsUser 0 does not count as a non-root user.
      code: deployment('      securityContext:\n        runAsUser: 0\n      containers:\n        - name: web\n          image: nginx:1.27\n'),
      errors: [{ line: 17, text: 'web', output: [deployment('      securityContext:\n        runAsUser: 0\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            runAsNonRoot: true\n'), deployment('      securityContext:\n        runAsUser: 0\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            allowPrivilegeEscalation: false\n            runAsNonRoot: true\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: [ALL]\n            seccompProfile:\n              type: RuntimeDefault\n')] }],
    },
  ],
});
