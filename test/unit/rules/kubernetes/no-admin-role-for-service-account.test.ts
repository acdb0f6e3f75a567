import { testRule } from '../../ruleTester';
import { binding, role } from './manifests';

const sa = '  - kind: ServiceAccount\n    name: ci\n    namespace: ci\n';

testRule('kubernetes/no-admin-role-for-service-account', {
  valid: [
    binding('ClusterRole', 'edit', sa, 'RoleBinding'),
    // People may hold cluster-admin.
    binding('ClusterRole', 'cluster-admin', '  - apiGroup: rbac.authorization.k8s.io\n    kind: Group\n    name: sre\n'),
    // A role defined elsewhere is not judged.
    binding('ClusterRole', 'deployer', sa),
    // Everything of one API group only (prometheus-adapter's custom metrics) is not admin.
    `${role('  - apiGroups: ["custom.metrics.k8s.io"]\n    resources: ["*"]\n    verbs: ["*"]\n', 'ClusterRole', 'adapter')}---\n${binding('ClusterRole', 'adapter', sa)}`,
  ],
  invalid: [
    {
      code: binding('ClusterRole', 'cluster-admin', sa),
      errors: [{ line: 11, text: 'ci', message: /^ClusterRoleBinding `grant` gives service account `ci` every right of `cluster-admin`: .* controls the cluster/, output: null }],
    },
    {
      // A role of the same file with `*` on `*` is an admin role.
      code: `${role('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n', 'Role', 'everything')}---\n${binding('Role', 'everything', sa, 'RoleBinding')}`,
      errors: [{ line: 22, text: 'ci', message: /controls the namespace/ }],
    },
  ],
});
