import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

/** A pod of service account `web` in `namespace` (none when empty), fixed or not. */
const namespaced = (namespace: string, fixed = false) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  serviceAccountName: web\n` +
  `  containers:\n    - name: web\n      image: nginx:1.27\n${fixed ? '  automountServiceAccountToken: false\n' : ''}`;
/** The ServiceAccount `web` of `namespace` (none when empty), which turns the token off. */
const account = (namespace: string) =>
  `---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\n${namespace ? `  namespace: ${namespace}\n` : ''}automountServiceAccountToken: false\n`;

testRule('kubernetes/no-service-account-token-automount', {
  valid: [
    pod('  automountServiceAccountToken: false\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    // Deliberately on.
    pod('  automountServiceAccountToken: true\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    // The service account is bound to a role in the same file: the pod calls the API.
    pod('  serviceAccountName: operator\n  containers:\n    - name: web\n      image: op:1.0\n') +
      '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: operator\nsubjects:\n  - kind: ServiceAccount\n    name: operator\nroleRef:\n  kind: Role\n  name: operator\n  apiGroup: rbac.authorization.k8s.io\n',
    // The ServiceAccount decides.
    pod('  serviceAccountName: web\n  containers:\n    - name: web\n      image: nginx:1.27\n') + '---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: web\nautomountServiceAccountToken: false\n',
    // The ServiceAccount of the pod's namespace decides.
    namespaced('shop') + account('shop'),
  ],
  invalid: [
    // A ServiceAccount of the same name in another namespace (or in none) is not the pod's.
    { code: namespaced('shop') + account(''), errors: [{ line: 6, text: 'spec', output: namespaced('shop', true) + account('') }] },
    { code: namespaced('') + account('shop'), errors: [{ line: 5, text: 'spec', output: namespaced('', true) + account('shop') }] },
    {
      code: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n'),
      errors: [
        {
          line: 13,
          text: 'spec',
          message: /set `automountServiceAccountToken: false`/,
          output: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n      automountServiceAccountToken: false\n'),
        },
      ],
    },
    { code: crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n')), errors: [{ line: 5, text: 'spec', output: crlf(pod('  containers:\n    - name: web\n      image: nginx:1.27\n  automountServiceAccountToken: false\n')) }] },
  ],
});
