import { testRule } from '../../ruleTester';
import { deployment, pod } from './manifests';

testRule('kubernetes/require-liveness-probe', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      livenessProbe:\n        httpGet: {path: /healthz, port: 8080}\n'),
    // Batch pods run to completion; init containers cannot have probes.
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: job\n          image: busybox:1.36\n',
    pod('  initContainers:\n    - name: setup\n      image: busybox:1.36\n  containers:\n    - name: web\n      image: nginx:1.27\n      livenessProbe: {tcpSocket: {port: 80}}\n'),
  ],
  invalid: [
    {
      code: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 8080\n'),
      errors: [
        {
          line: 15,
          text: 'web',
          message: /has no `livenessProbe`/,
          output: deployment(
            '      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 8080\n          livenessProbe:\n            tcpSocket:\n              port: 8080\n            periodSeconds: 10\n',
          ),
        },
      ],
    },
    { code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n'), errors: [{ line: 7, text: 'web', output: null }] },
  ],
});
