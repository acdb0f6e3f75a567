import { permissionFindings } from '../rbac';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-rbac-escalation',
  aliases: ['KSV043'],
  severity: 'error',
  scope: 'document',
  looksAt: ['Role', 'ClusterRole'],
  questions: ['cc-kubernetes-rbac'],
  subject: ['escalate', 'impersonate'],
  summary: 'Roles should not grant `escalate`, `bind` or `impersonate`.',
  docs: {
    why:
      'RBAC stops you from granting rights you do not hold, except through three verbs: `escalate` on roles ' +
      'lets you edit a role to hold anything, `bind` on roles lets you bind any role (`cluster-admin` ' +
      'included) to yourself, and `impersonate` on users, groups or service accounts lets you act as them ' +
      '(`system:masters` is every right). Trivy\'s KSV043 reports impersonating groups; this rule reports ' +
      'all three verbs.',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: role-manager\nrules:\n' +
      '  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["clusterroles"]\n    verbs: ["get", "bind", "escalate"]',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: role-manager\nrules:\n' +
      '  - apiGroups: ["rbac.authorization.k8s.io"]\n    resources: ["clusterroles"]\n    verbs: ["get", "list", "watch"]',
  },
  check: ({ document, objects }) =>
    permissionFindings(document, objects, [
      { group: 'rbac.authorization.k8s.io', resources: ['roles', 'clusterroles'], verbs: ['escalate'], allows: 'it can write any right into a role, past the rights it holds' },
      { group: 'rbac.authorization.k8s.io', resources: ['roles', 'clusterroles'], verbs: ['bind'], allows: 'it can bind any role, `cluster-admin` included, to any subject' },
      { group: '', resources: ['users', 'groups', 'serviceaccounts'], verbs: ['impersonate'], allows: 'it can act as other users, groups (`system:masters` included) or service accounts' },
    ]),
});
