import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const container = (image: string, policy: string): string => pod(`  containers:\n    - name: web\n      image: ${image}\n      imagePullPolicy: ${policy}\n`);

testRule('kubernetes/no-stale-image-pull-policy', {
  valid: [container('nginx:1.27', 'IfNotPresent'), container('nginx:latest', 'Always'), container('nginx', 'Always'), pod('  containers:\n    - name: web\n      image: nginx\n')],
  invalid: [
    {
      code: container('nginx:latest', 'IfNotPresent # cache'),
      errors: [{ line: 9, text: 'imagePullPolicy: IfNotPresent', message: /each node keeps whichever version/, output: container('nginx:latest', 'Always # cache') }],
    },
    { code: container('busybox', '"Never"'), errors: [{ line: 9, text: 'imagePullPolicy: "Never"', output: container('busybox', 'Always') }] },
  ],
});
