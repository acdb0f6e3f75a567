import { isAdminRole, roleBindings } from '../rbac';
import { code } from '../../../text/markdown';
import { nodeRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

/** Subjects that stand for everyone: no credentials, or any credentials at all. */
const EVERYONE: Readonly<Record<string, string>> = {
  'system:anonymous': 'every request without credentials',
  'system:unauthenticated': 'every request without credentials',
  'system:authenticated': 'every identity the cluster knows, each service account of each pod included',
};

export default defineKubernetesRule({
  id: 'kubernetes/no-anonymous-binding',
  aliases: ['KSV122'],
  severity: 'error',
  questions: ['cc-kubernetes-rbac'],
  subject: ['system:anonymous', 'system:authenticated'],
  summary: 'Do not bind roles to `system:anonymous`, `system:unauthenticated` or `system:authenticated`.',
  docs: {
    why:
      'A binding to `system:anonymous` or `system:unauthenticated` gives its rights to anyone who reaches ' +
      'the API server, with no credentials; `system:authenticated` gives them to every user and every ' +
      'service account of every pod. Bind the role to the users, groups or service accounts that need it. ' +
      'The cluster\'s own `system:` roles (discovery, public info) are bound this way by Kubernetes itself ' +
      'and not reported.',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: dashboard-read\nroleRef:\n' +
      '  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: view\nsubjects:\n' +
      '  - apiGroup: rbac.authorization.k8s.io\n    kind: Group\n    name: system:unauthenticated',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: dashboard-read\nroleRef:\n' +
      '  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: view\nsubjects:\n' +
      '  - apiGroup: rbac.authorization.k8s.io\n    kind: Group\n    name: sre',
  },
  *check({ document, objects }) {
    for (const binding of roleBindings(objects)) {
      if (binding.roleName?.startsWith('system:')) continue;
      const admin = isAdminRole(objects, binding);
      for (const subject of binding.subjects) {
        const who = subject.kind === 'ServiceAccount' ? undefined : EVERYONE[subject.name];
        const range = who ? nodeRange(document, subject.node) : undefined;
        if (!range) continue;
        yield {
          range,
          message: `${binding.object.kind} ${code(binding.object.name ?? '?')} gives ${admin ? 'every right' : `the rights of ${code(binding.roleName ?? '?')}`} to ${code(subject.name)}, that is to ${who}.`,
        };
      }
    }
  },
});
