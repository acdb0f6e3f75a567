import { permissionFindings } from '../rbac';
import { defineKubernetesRule } from '../../../engine/rule';

const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];

export default defineKubernetesRule({
  id: 'kubernetes/no-rbac-cluster-control',
  aliases: ['KSV114'],
  severity: 'warning',
  scope: 'document',
  looksAt: ['Role', 'ClusterRole'],
  questions: ['cc-kubernetes-rbac'],
  subject: ['webhookconfigurations', 'certificatesigningrequests', 'serviceaccounts/token'],
  summary: 'Roles should not manage admission webhooks, approve certificates or mint service-account tokens.',
  docs: {
    why:
      'Whoever writes a `MutatingWebhookConfiguration` sees and rewrites every object sent to the API ' +
      'server, Secrets and pods included; a `ValidatingWebhookConfiguration` can switch policy off. ' +
      'Approving `certificatesigningrequests` issues client certificates, for `system:masters` too. ' +
      '`create` on `serviceaccounts/token` mints a token for any service account of the scope. These ' +
      'belong to the cluster\'s own controllers.',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: installer\nrules:\n' +
      '  - apiGroups: ["admissionregistration.k8s.io"]\n    resources: ["mutatingwebhookconfigurations"]\n    verbs: ["get", "create", "patch"]',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: installer\nrules:\n' +
      '  - apiGroups: ["admissionregistration.k8s.io"]\n    resources: ["mutatingwebhookconfigurations"]\n    verbs: ["get", "list", "watch"]',
  },
  check: ({ document, objects }) =>
    permissionFindings(document, objects, [
      {
        group: 'admissionregistration.k8s.io',
        resources: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'],
        verbs: WRITE,
        allows: 'it decides which webhook sees, rewrites or admits every object sent to the API server',
      },
      { group: 'certificates.k8s.io', resources: ['certificatesigningrequests/approval'], verbs: ['update', 'patch'], allows: 'it approves client certificates, for privileged groups too' },
      { group: 'certificates.k8s.io', resources: ['signers'], verbs: ['approve', 'sign'], allows: 'it approves or signs certificates for the named signers' },
      { group: '', resources: ['serviceaccounts/token'], verbs: ['create'], allows: 'it mints a token for any service account of its scope' },
    ]),
});
