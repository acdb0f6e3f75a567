import { testRule } from '../../ruleTester';
import { crlf, pod } from './manifests';

const image = (ref: string): string => pod(`  containers:\n    - name: web\n      image: ${ref}\n`);

testRule('kubernetes/no-eol-image', {
  valid: [image('python:3.13-slim'), image('alpine:3.23'), image('"${IMAGE}"'), image('quay.io/example/python:3.8'), image('golang@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')],
  invalid: [
    { code: image('python:3.8-slim'), errors: [{ line: 8, text: 'python:3.8-slim', message: /python 3\.8, which reached its end of life on 2024-10-07/, output: null }] },
    { code: crlf(image('docker.io/library/golang:1.22-alpine')), errors: [{ line: 8, text: 'docker.io/library/golang:1.22-alpine', message: /golang 1\.22/ }] },
  ],
});
