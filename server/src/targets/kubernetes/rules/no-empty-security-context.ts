import { findPair, isMap, keyRange, resolveNode } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-empty-security-context',
  aliases: ['KSV118'],
  severity: 'info',
  scope: 'document',
  questions: ['cc-kubernetes-security-context'],
  subject: ['securityContext'],
  summary: 'A written `securityContext: {}` sets nothing; fill it in.',
  docs: {
    why:
      'An empty `securityContext` looks like a decision but leaves every default in place: the image\'s ' +
      'user (often root), privilege escalation allowed, the runtime\'s capabilities, a writable root ' +
      'filesystem and no seccomp profile. It is usually a chart default nobody filled in. Set the fields ' +
      'the restricted Pod Security Standard asks for, or remove the key.',
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext: {}',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n' +
      '      securityContext:\n        allowPrivilegeEscalation: false\n        runAsNonRoot: true',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      const holders = [object.podSpec, ...object.containers.map((container) => container.map)];
      for (const holder of holders) {
        const pair = holder && findPair(object.doc, holder, 'securityContext');
        const value = pair && resolveNode(object.doc, pair.value);
        if (!pair || !isMap(value) || value.items.length > 0) continue;
        yield { range: keyRange(document, pair), message: 'This `securityContext` is empty, so every default applies (the image\'s user, privilege escalation, a writable root filesystem).' };
      }
    }
  },
});
