import { testRule } from '../../ruleTester';
import { pod } from './manifests';

testRule('kubernetes/prefer-high-uid', {
  valid: [
    pod('  securityContext:\n    runAsUser: 10001\n    runAsGroup: 10001\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    // Unset IDs and root are other rules' business.
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 0\n'),
    // Every container overrides the pod's low UID.
    pod('  securityContext:\n    runAsUser: 1000\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 20000\n'),
  ],
  invalid: [
    {
      code: pod('  securityContext:\n    runAsUser: 1000\n    runAsGroup: 10000\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
      errors: [
        { line: 7, text: 'runAsUser: 1000', message: /^The pod uses UID 1000, which may be an account of the node/, output: null },
        { line: 8, text: 'runAsGroup: 10000', message: /^The pod uses GID 10000/ },
      ],
    },
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 101\n'),
      errors: [{ line: 10, text: 'runAsUser: 101', message: /^Container `web` uses UID 101/ }],
    },
  ],
});
