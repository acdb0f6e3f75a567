import { testRule } from '../../ruleTester';
import { deployment, pod } from './manifests';

testRule('kubernetes/no-empty-security-context', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
  ],
  invalid: [
    {
      code: deployment('      securityContext: {}\n      containers:\n        - name: api\n          image: example/api:1.4\n          securityContext: {}\n'),
      errors: [
        { line: 14, text: 'securityContext', message: /^This `securityContext` is empty, so every default applies/, output: null },
        { line: 18, text: 'securityContext' },
      ],
    },
  ],
});
