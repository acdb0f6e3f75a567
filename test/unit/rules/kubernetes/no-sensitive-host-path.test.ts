import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const volume = (path: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n  volumes:\n    - name: host\n      hostPath:\n        path: ${path}\n`);

testRule('kubernetes/no-sensitive-host-path', {
  valid: [volume('/srv/data'), volume('/etc/ssl/certs'), volume('/var/run/docker.sock')],
  invalid: [
    { code: volume('/'), errors: [{ line: 12, text: '/', message: /mounts the node's `\/`/ }] },
    { code: volume('/etc/'), errors: [{ line: 12, text: '/etc/' }] },
    { code: volume('/proc'), errors: [{ line: 12, text: '/proc' }] },
    { code: volume('/var/run'), errors: [{ line: 12, text: '/var/run' }] },
  ],
});
