import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const ports = (list: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n${list}`);

testRule('kubernetes/no-privileged-port', {
  valid: [
    ports('        - containerPort: 8080\n        - containerPort: 1024\n'),
    // Port 22 is no-ssh-port's.
    ports('        - containerPort: 22\n'),
  ],
  invalid: [
    {
      code: ports('        - name: http\n          containerPort: 80\n        - containerPort: 8443\n        - containerPort: "443"\n'),
      errors: [
        { line: 11, text: '80', message: /^Container `web` listens on privileged port 80/, output: null },
        { line: 13, text: '"443"', message: /privileged port 443/ },
      ],
    },
  ],
});
