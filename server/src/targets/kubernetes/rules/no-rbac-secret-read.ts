import { permissionFindings } from '../rbac';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-rbac-secret-read',
  aliases: ['KSV041', 'access-to-secrets'],
  severity: 'warning',
  scope: 'document',
  looksAt: ['Role', 'ClusterRole'],
  questions: ['cc-kubernetes-rbac'],
  subject: ['secrets'],
  summary: 'Roles should not read Secrets unless the workload truly needs them.',
  docs: {
    why:
      '`get`, `list` or `watch` on `secrets` returns their values in clear: database passwords, TLS keys and ' +
      'the tokens of other service accounts, some of which usually hold more rights. Cluster-wide, it is ' +
      'close to `cluster-admin`. Mount the one Secret a pod needs as a volume instead, or restrict the rule ' +
      'with `resourceNames`. Only reading is reported: Trivy\'s KSV041 also reports `create` and `delete`, ' +
      'which do not reveal a value. Differs from kube-linter the same way: its opt-in `access-to-secrets` ' +
      'also counts `create` and `delete`.',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: config-reader\nrules:\n' +
      '  - apiGroups: [""]\n    resources: ["configmaps", "secrets"]\n    verbs: ["get", "list"]',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: config-reader\nrules:\n' +
      '  - apiGroups: [""]\n    resources: ["configmaps"]\n    verbs: ["get", "list"]',
  },
  check: ({ document, objects }) =>
    permissionFindings(document, objects, [
      { group: '', resources: ['secrets'], verbs: ['get', 'list', 'watch'], allows: 'it reads every Secret in its scope in clear, the tokens of more powerful service accounts included' },
    ]),
});
