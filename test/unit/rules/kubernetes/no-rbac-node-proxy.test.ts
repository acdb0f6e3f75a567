import { testRule } from '../../ruleTester';
import { role } from './manifests';

testRule('kubernetes/no-rbac-node-proxy', {
  valid: [role('  - apiGroups: [""]\n    resources: ["nodes", "nodes/metrics", "nodes/stats"]\n    verbs: ["get"]\n', 'ClusterRole')],
  invalid: [
    {
      code: role('  - apiGroups: [""]\n    resources: ["nodes", "nodes/proxy"]\n    verbs: ["get", "list"]\n', 'ClusterRole', 'metrics'),
      errors: [{ line: 7, text: '"nodes/proxy"', message: /^ClusterRole `metrics` grants `get` on `nodes\/proxy`: it reaches the kubelet API/ }],
    },
  ],
});
