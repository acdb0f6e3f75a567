import { permissionFindings } from '../rbac';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-rbac-node-proxy',
  aliases: ['KSV047'],
  severity: 'error',
  scope: 'document',
  looksAt: ['Role', 'ClusterRole'],
  questions: ['cc-kubernetes-rbac'],
  subject: ['nodes/proxy'],
  summary: 'Roles should not reach the kubelet API through `nodes/proxy`.',
  docs: {
    why:
      '`nodes/proxy` forwards requests to the kubelet API of any node, which runs commands in every pod of ' +
      'that node, past admission control and without audit entries for the pods. Monitoring agents that read ' +
      'metrics need `nodes/metrics` or `nodes/stats`, not the proxy.',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: metrics\nrules:\n' +
      '  - apiGroups: [""]\n    resources: ["nodes", "nodes/proxy"]\n    verbs: ["get"]',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: metrics\nrules:\n' +
      '  - apiGroups: [""]\n    resources: ["nodes", "nodes/metrics"]\n    verbs: ["get"]',
  },
  check: ({ document, objects }) =>
    permissionFindings(document, objects, [
      { group: '', resources: ['nodes/proxy'], verbs: ['get', 'create'], allows: 'it reaches the kubelet API of every node, which runs commands in any pod there without admission or pod audit' },
    ]),
});
