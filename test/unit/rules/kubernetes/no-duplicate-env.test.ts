import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const env = (text: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n      env:\n${text}`);

testRule('kubernetes/no-duplicate-env', {
  valid: [
    env('        - name: A\n          value: "1"\n        - name: B\n          value: "2"\n'),
    // The same name in two containers is fine.
    pod('  containers:\n    - name: a\n      image: x:1\n      env: [{name: A, value: "1"}]\n    - name: b\n      image: x:1\n      env: [{name: A, value: "1"}]\n'),
  ],
  invalid: [
    {
      code: env('        - name: LOG_LEVEL\n          value: info\n        - name: PORT\n          value: "80"\n        - name: LOG_LEVEL\n          value: debug\n'),
      errors: [{ line: 14, text: 'LOG_LEVEL', message: /defines `LOG_LEVEL` more than once/, output: null }],
    },
  ],
});
