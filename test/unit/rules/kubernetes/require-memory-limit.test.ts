import { testRule } from '../../ruleTester';
import { pod } from './manifests';

testRule('kubernetes/require-memory-limit', {
  valid: [pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        limits:\n          memory: 256Mi\n')],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        requests:\n          memory: 300Mi\n'),
      errors: [
        {
          line: 9,
          text: 'resources',
          message: /no memory limit/,
          output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        requests:\n          memory: 300Mi\n        limits:\n          memory: 300Mi\n'),
        },
      ],
    },
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        limits:\n          cpu: "1"\n'),
      errors: [
        {
          line: 9,
          text: 'resources',
          output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n        limits:\n          cpu: "1"\n          memory: 128Mi\n'),
        },
      ],
    },
  ],
});
