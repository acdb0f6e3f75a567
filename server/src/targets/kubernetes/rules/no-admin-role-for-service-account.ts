import { isAdminRole, roleBindings } from '../rbac';
import { code } from '../../../text/markdown';
import { nodeRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-admin-role-for-service-account',
  aliases: ['KSV111', 'cluster-admin-role-binding'],
  severity: 'error',
  questions: ['cc-kubernetes-rbac'],
  subject: ['cluster-admin'],
  summary: 'Do not bind `cluster-admin` (or a role with `*` verbs on everything) to a service account.',
  docs: {
    why:
      'Every pod that runs as the service account carries its token: one remote-code-execution bug, or one ' +
      'person allowed to exec into the pod or create pods that use the account, owns the cluster. Give the ' +
      'workload a role with the verbs and resources it calls. The role counts as admin when it is ' +
      '`cluster-admin` or a role of the same file with `*` verbs on `*` resources of `*` API groups; roles defined elsewhere ' +
      'are not judged. Trivy\'s KSV111 reports any binding of `cluster-admin`, `admin` or `edit`; binding ' +
      'them to people is how clusters are run, so only service accounts are reported here. Differs from ' +
      'kube-linter the same way: its opt-in `cluster-admin-role-binding` reports users and groups too ' +
      '(`no-anonymous-binding` reports the anonymous and all-users groups).',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci-admin\nroleRef:\n' +
      '  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n' +
      '  - kind: ServiceAccount\n    name: ci\n    namespace: ci',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: ci-deployer\n  namespace: shop\nroleRef:\n' +
      '  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: edit\nsubjects:\n' +
      '  - kind: ServiceAccount\n    name: ci\n    namespace: ci',
  },
  *check({ document, objects }) {
    for (const binding of roleBindings(objects)) {
      if (!isAdminRole(objects, binding)) continue;
      for (const subject of binding.subjects) {
        const range = subject.kind === 'ServiceAccount' ? nodeRange(document, subject.node) : undefined;
        if (!range) continue;
        yield {
          range,
          message: `${binding.object.kind} ${code(binding.object.name ?? '?')} gives service account ${code(subject.name)} every right of ${code(binding.roleName ?? '?')}: any pod running as it, and anyone who can exec into one, controls the ${binding.object.kind === 'ClusterRoleBinding' ? 'cluster' : 'namespace'}.`,
        };
      }
    }
  },
});
