import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

const volume = (path: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n  volumes:\n    - name: sock\n      hostPath:\n        path: ${path}\n        type: Socket\n`);

testRule('kubernetes/no-docker-socket', {
  valid: [volume('/var/run/app.sock'), volume('/var/run/docker'), pod('  containers:\n    - name: web\n      image: nginx:1.27\n      args: ["--docker", "/var/run/docker.sock"]\n')],
  invalid: [
    { code: volume('/var/run/docker.sock'), errors: [{ line: 12, text: '/var/run/docker.sock', message: /container engine's socket/, output: null }] },
    { code: volume('/run/containerd/containerd.sock'), errors: [{ line: 12, text: '/run/containerd/containerd.sock' }] },
    {
      code: crlf(deployment('      containers:\n        - name: ci\n          image: docker:27\n      volumes:\n        - name: docker\n          hostPath: {path: /var/run/docker.sock}\n')),
      errors: [{ line: 19, text: '/var/run/docker.sock' }],
    },
  ],
});
