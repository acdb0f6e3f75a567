import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

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
  ],
  invalid: [
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
