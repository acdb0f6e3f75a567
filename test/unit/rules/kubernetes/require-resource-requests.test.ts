import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

testRule('kubernetes/require-resource-requests', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        requests: {cpu: 100m, memory: 64Mi}\n'),
    // Ephemeral containers take no resources.
    pod('  containers: []\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
      errors: [
        {
          line: 7,
          text: 'web',
          message: /requests no `cpu` and `memory`/,
          output: pod(
            '  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        requests:\n          cpu: 100m\n          memory: 128Mi\n        limits:\n          memory: 128Mi\n',
          ),
        },
      ],
    },
    {
      // Only what is missing is added; the existing values and comments stay.
      code: crlf(deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            requests:\n              memory: 256Mi # measured\n            limits:\n              memory: 512Mi\n')),
      errors: [
        {
          line: 17,
          text: 'resources',
          message: /requests no `cpu`,/,
          output: crlf(
            deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          resources:\n            requests:\n              memory: 256Mi # measured\n              cpu: 100m\n            limits:\n              memory: 512Mi\n'),
          ),
        },
      ],
    },
    {
      code: pod('  initContainers:\n    - name: migrate\n      image: api:1.0\n      resources: {}\n  containers: []\n'),
      errors: [
        {
          line: 9,
          text: 'resources',
          message: /^Init container `migrate`/,
          output: pod('  initContainers:\n    - name: migrate\n      image: api:1.0\n      resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 128Mi}}\n  containers: []\n'),
        },
      ],
    },
  ],
});
