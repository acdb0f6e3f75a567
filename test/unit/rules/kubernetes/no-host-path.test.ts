import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const volume = (path: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n  volumes:\n    - name: data\n      hostPath:\n        path: ${path}\n`);

testRule('kubernetes/no-host-path', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n  volumes:\n    - name: data\n      emptyDir: {}\n'),
    // Reported by the stricter rules instead.
    volume('/var/run/docker.sock'),
    volume('/etc'),
  ],
  invalid: [
    { code: volume('/srv/data'), errors: [{ line: 12, text: '/srv/data', message: /Volume `data` mounts `\/srv\/data` from the node/, output: null }] },
    { code: volume('"/var/log"'), errors: [{ line: 12, text: '"/var/log"' }] },
  ],
});
