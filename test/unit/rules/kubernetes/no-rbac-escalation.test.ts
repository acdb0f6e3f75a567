import { testRule } from '../../ruleTester';
import { role } from './manifests';

testRule('kubernetes/no-rbac-escalation', {
  valid: [
    role('  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["roles", "rolebindings"]\n    verbs: ["get", "list", "create"]\n'),
  ],
  invalid: [
    {
      code: role('  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["clusterroles"]\n    verbs: ["get", "bind", "escalate"]\n  - apiGroups: [""]\n    resources: ["groups", "users"]\n    verbs: ["impersonate"]\n', 'ClusterRole', 'manager'),
      errors: [
        { line: 7, text: '"clusterroles"', message: /grants `escalate` on `clusterroles`: it can write any right into a role.*; and `bind` on `clusterroles`: it can bind any role/ },
        { line: 10, text: '"groups"', message: /grants `impersonate` on `groups`/ },
        { line: 10, text: '"users"' },
      ],
    },
  ],
});
