import { testRule } from '../../ruleTester';
import { deployment, pod } from './manifests';

const containers = '  containers:\n    - name: web\n      image: example/web:1.4\n';

testRule('kubernetes/no-deprecated-service-account-field', {
  valid: [pod(`  serviceAccountName: web\n${containers}`)],
  invalid: [
    {
      code: pod(`  serviceAccount: web\n${containers}`),
      errors: [{ line: 6, text: 'serviceAccount', message: /deprecated `serviceAccount` field/, output: pod(`  serviceAccountName: web\n${containers}`) }],
    },
    {
      // Both written: renaming would duplicate the key, so no fix.
      code: deployment('      serviceAccountName: web\n      serviceAccount: web\n      containers:\n        - name: web\n          image: example/web:1.4\n'),
      errors: [{ line: 15, text: 'serviceAccount', output: null }],
    },
  ],
});
