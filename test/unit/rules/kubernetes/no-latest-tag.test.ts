import { testRule } from '../../ruleTester';
import { crlf, pod } from './manifests';

const image = (ref: string): string => pod(`  containers:\n    - name: web\n      image: ${ref}\n`);

testRule('kubernetes/no-latest-tag', {
  valid: [
    image('nginx:1.27.2'),
    image('registry.example.com:5000/team/api:2.4.1'),
    image('nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000'),
    image('nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000'),
    image('"${IMAGE}"'),
    image('$(REGISTRY)/api'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  image: nginx\n',
  ],
  invalid: [
    { code: image('nginx'), errors: [{ line: 8, text: 'nginx', message: /without a tag, which means `latest`/, output: null }] },
    { code: image('nginx:latest'), errors: [{ line: 8, text: 'nginx:latest', message: /changes on every push/ }] },
    { code: image('registry.example.com:5000/team/api'), errors: [{ line: 8, text: 'registry.example.com:5000/team/api' }] },
    {
      code: crlf(pod('  initContainers:\n    - name: init\n      image: "busybox"\n  containers:\n    - name: web\n      image: nginx:1.27\n')),
      errors: [{ line: 8, text: '"busybox"', message: /^Init container `init`/ }],
    },
  ],
});
