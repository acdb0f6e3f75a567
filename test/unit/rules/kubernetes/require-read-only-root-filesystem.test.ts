import { testRule } from '../../ruleTester';
import { crlf, pod } from './manifests';

testRule('kubernetes/require-read-only-root-filesystem', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        readOnlyRootFilesystem: true\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext: { readOnlyRootFilesystem: true }\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
      errors: [
        {
          line: 7,
          text: 'web',
          message: /writable root filesystem/,
          output: [
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        readOnlyRootFilesystem: true\n'),
            pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n'),
          ],
        },
      ],
    },
    {
      code: crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        readOnlyRootFilesystem: false\n')),
      errors: [
        {
          line: 10,
          text: 'readOnlyRootFilesystem: false',
          output: [
            crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        readOnlyRootFilesystem: true\n')),
            crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        readOnlyRootFilesystem: true\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n        capabilities:\n          drop: [ALL]\n        seccompProfile:\n          type: RuntimeDefault\n')),
          ],
        },
      ],
    },
    {
      // A container that is an alias of another is reported where it is written, and not edited through the alias.
      code: pod('  initContainers:\n    - &base\n      name: web\n      image: nginx:1.27\n  containers:\n    - *base\n'),
      errors: [{ line: 8, text: 'web' }],
    },
  ],
});
