import { testRule } from '../../ruleTester';
import { pod } from './manifests';

testRule('kubernetes/no-ssh-port', {
  valid: [pod('  containers:\n    - name: web\n      image: example/web:1.4\n      ports:\n        - containerPort: 2222\n')],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: example/web:1.4\n      ports:\n        - name: ssh\n          containerPort: 22\n'),
      errors: [{ line: 11, text: '22', message: /^Container `web` exposes port 22 \(SSH\)/, output: null }],
    },
  ],
});
