import { testRule } from '../../ruleTester';
import { role } from './manifests';

testRule('kubernetes/no-rbac-secret-read', {
  valid: [
    role('  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["get", "list"]\n'),
    // Writing without reading reveals no value.
    role('  - apiGroups: [""]\n    resources: ["secrets"]\n    verbs: ["create", "delete"]\n'),
    // `secrets` of another API group is another resource.
    role('  - apiGroups: ["example.com"]\n    resources: ["secrets"]\n    verbs: ["get"]\n'),
  ],
  invalid: [
    {
      code: role('  - apiGroups: [""]\n    resources: ["configmaps", "secrets"]\n    verbs: ["get", "list"]\n', 'ClusterRole', 'reader'),
      errors: [{ line: 7, text: '"secrets"', message: /^ClusterRole `reader` grants `get` on `secrets`: it reads every Secret in its scope/, output: null }],
    },
    {
      code: role('  - apiGroups: ["*"]\n    resources:\n      - secrets\n    verbs: ["*"]\n'),
      errors: [{ line: 9, text: 'secrets', message: /grants `\*` on `secrets`/ }],
    },
  ],
});
