import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const image = (ref: string): string => pod(`  containers:\n    - name: web\n      image: ${ref}\n`);

testRule('kubernetes/prefer-image-digest', {
  valid: [image('nginx:1.27@sha256:0000000000000000000000000000000000000000000000000000000000000000'), image('nginx'), image('nginx:latest')],
  invalid: [{ code: image('nginx:1.27.2'), errors: [{ line: 8, text: 'nginx:1.27.2', message: /by tag only/, output: null }] }],
});
