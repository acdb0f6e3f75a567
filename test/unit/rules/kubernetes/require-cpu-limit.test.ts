import { testRule } from '../../ruleTester';
import { pod } from './manifests';

testRule('kubernetes/require-cpu-limit', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        limits:\n          cpu: 500m\n'),
    // Ephemeral debug containers take no resources.
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        limits: {cpu: "1"}\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        requests:\n          cpu: 250m\n'),
      errors: [{ line: 9, text: 'resources', message: /^Container `web` has no CPU limit/, output: null }],
    },
    {
      code: pod('  initContainers:\n    - name: migrate\n      image: example/migrate:2\n      resources:\n        limits: {memory: 64Mi}\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
      errors: [
        { line: 9, text: 'resources', message: /^Init container `migrate` has no CPU limit/ },
        { line: 12, text: 'web', message: /^Container `web` has no CPU limit/ },
      ],
    },
  ],
});
