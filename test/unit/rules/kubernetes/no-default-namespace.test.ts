import { testRule } from '../../ruleTester';
import { crlf } from './manifests';

testRule('kubernetes/no-default-namespace', {
  valid: [
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: shop\n',
    // No namespace: `kubectl apply -n` or kustomize decides, so nothing is reported.
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  namespace: default\n',
  ],
  invalid: [
    {
      code: crlf('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: shop\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: "default"\n'),
      errors: [{ line: 11, text: '"default"', message: /^`Service` `web` is put in the `default` namespace/, output: null }],
    },
  ],
});
