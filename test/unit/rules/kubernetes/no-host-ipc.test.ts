import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

testRule('kubernetes/no-host-ipc', {
  valid: [
    pod('  hostIPC: false\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  hostIPC: "true"\n',
  ],
  invalid: [
    {
      code: deployment('      hostIPC: true # for the agent\n      containers:\n        - name: web\n          image: nginx:1.27\n'),
      errors: [
        {
          line: 14,
          text: 'hostIPC: true',
          message: /^The pod shares the node's/,
          output: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n'),
        },
      ],
    },
    {
      code: crlf('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n' + pod('  containers:\n    - name: web\n      image: nginx:1.27\n  hostIPC: true\n')),
      errors: [{ line: 14, text: 'hostIPC: true', output: crlf('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n' + pod('  containers:\n    - name: web\n      image: nginx:1.27\n')) }],
    },
    {
      code: pod('  {hostIPC: true, containers: [{name: web, image: "nginx:1.27"}]}\n'),
      errors: [{ line: 6, text: 'hostIPC: true', output: pod('  {containers: [{name: web, image: "nginx:1.27"}]}\n') }],
    },
  ],
});
