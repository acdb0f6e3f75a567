import { testRule } from '../../ruleTester';
import { pod } from './manifests';

testRule('kubernetes/no-unmasked-proc-mount', {
  valid: [pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        procMount: Default\n')],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        procMount: Unmasked\n'),
      errors: [{ line: 10, text: 'procMount: Unmasked', message: /unmasked/, output: null }],
    },
  ],
});
