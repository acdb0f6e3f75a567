import { testRule } from '../../ruleTester';
import { crlf, pod } from './manifests';

testRule('kubernetes/no-root-user', {
  valid: [
    pod('  securityContext:\n    runAsUser: 1000\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      env:\n        - name: runAsUser\n          value: "0"\n'),
    // The only container overrides the pod's UID 0.
    pod('  securityContext:\n    runAsUser: 0\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 1000\n'),
  ],
  invalid: [
    {
      code: pod('  securityContext:\n    runAsUser: 0\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 0\n    - name: sidecar\n      image: nginx:1.27\n'),
      errors: [
        { line: 7, text: 'runAsUser: 0', message: /^The pod runs as root/, output: null },
        { line: 12, text: 'runAsUser: 0', message: /^Container `web` runs as root/ },
      ],
    },
    {
      code: crlf('---\n' + pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext: {runAsUser: 0}\n')),
      errors: [{ line: 10, text: 'runAsUser: 0' }],
    },
  ],
});
