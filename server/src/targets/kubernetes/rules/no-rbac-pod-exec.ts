import { permissionFindings } from '../rbac';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-rbac-pod-exec',
  aliases: ['KSV053', 'KSV054'],
  severity: 'warning',
  scope: 'document',
  looksAt: ['Role', 'ClusterRole'],
  questions: ['cc-kubernetes-rbac'],
  subject: ['pods/exec', 'pods/attach'],
  summary: 'Roles should not open shells in pods (`pods/exec`, `pods/attach`).',
  docs: {
    why:
      '`create` on `pods/exec` is `kubectl exec`: a shell in any pod of the scope, with that pod\'s service ' +
      'account token, mounted Secrets and, for a privileged pod, the node. `pods/attach` joins a running ' +
      'process\'s terminal. `get` is reported too: older API servers authorised exec over WebSockets with it. ' +
      'Keep it to people, behind audit, not to workloads.',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: debugger\n  namespace: shop\nrules:\n' +
      '  - apiGroups: [""]\n    resources: ["pods", "pods/exec"]\n    verbs: ["get", "create"]',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: debugger\n  namespace: shop\nrules:\n' +
      '  - apiGroups: [""]\n    resources: ["pods", "pods/log"]\n    verbs: ["get", "list"]',
  },
  check: ({ document, objects }) =>
    permissionFindings(document, objects, [
      { group: '', resources: ['pods/exec'], verbs: ['create', 'get'], allows: 'it runs any command in any pod of its scope, with that pod\'s token and Secrets' },
      { group: '', resources: ['pods/attach'], verbs: ['create', 'get'], allows: 'it attaches to the running process of any pod of its scope, reading and typing into its terminal' },
    ]),
});
