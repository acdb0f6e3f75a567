import { testRule } from '../../ruleTester';
import { crlf } from './manifests';

testRule('kubernetes/require-pod-security-labels', {
  valid: [
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n',
    'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: kube-system\n',
  ],
  invalid: [
    {
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n',
      errors: [
        {
          line: 4,
          text: 'shop',
          message: /^Namespace `shop` enforces no Pod Security Standard/,
          output: [
            'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/warn: restricted\n',
            'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/warn: baseline\n',
          ],
        },
      ],
    },
    {
      code: crlf('apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    team: payments # owner\n'),
      errors: [
        {
          line: 9,
          text: 'shop',
          output: [
            crlf('apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    team: payments # owner\n' +
              '    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/warn: restricted\n'),
            crlf('apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    team: payments # owner\n    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/warn: baseline\n'),
          ],
        },
      ],
    },
  ],
});
