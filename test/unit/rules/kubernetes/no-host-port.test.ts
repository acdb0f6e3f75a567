import { testRule } from '../../ruleTester';
import { pod } from './manifests';

testRule('kubernetes/no-host-port', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n          hostPort: 0\n'),
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n          hostPort: 80\n          protocol: TCP\n'),
      errors: [
        {
          line: 11,
          text: 'hostPort: 80',
          message: /publishes port `80` on the node/,
          output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n          protocol: TCP\n'),
        },
      ],
    },
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - {containerPort: 53, hostPort: 53, protocol: UDP}\n'),
      errors: [{ line: 10, text: 'hostPort: 53', output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - {containerPort: 53, protocol: UDP}\n') }],
    },
  ],
});
