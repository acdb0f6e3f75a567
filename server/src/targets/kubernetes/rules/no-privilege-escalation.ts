import { containerAnchor, describeContainer, eachContainer, isFalse, securitySetting } from '../model';
import { containerSecurityFix, restrictedContextFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-privilege-escalation',
  aliases: ['privilege-escalation-container', 'KSV001', 'CKV_K8S_20'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['allowPrivilegeEscalation'],
  summary: 'Containers should set `allowPrivilegeEscalation: false`.',
  docs: {
    why:
      'Unless it is `false`, a process can gain more privileges than its parent through setuid binaries or ' +
      'file capabilities (it defaults to `true`). It is the Kubernetes form of ' +
      '`--security-opt no-new-privileges`, and the restricted Pod Security Standard requires it.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        allowPrivilegeEscalation: false',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      const setting = securitySetting(object.doc, object, container, ['allowPrivilegeEscalation']);
      if (setting?.level === 'container' && isFalse(object.doc, setting.value)) continue;
      const explicit = setting?.level === 'container' ? setting : undefined;
      yield {
        range: explicit ? pairRange(document, explicit.pair) : containerAnchor(document, container),
        message: explicit
          ? `${describeContainer(container)} allows privilege escalation through setuid binaries; set \`allowPrivilegeEscalation: false\`.`
          : `${describeContainer(container)} does not set \`allowPrivilegeEscalation: false\`, so setuid binaries can gain privileges.`,
        fixes: () => keepFixes(
          containerSecurityFix(document, container, { allowPrivilegeEscalation: 'false' }, 'Set `allowPrivilegeEscalation: false`'),
          restrictedContextFix(document, container),
        ),
      };
    }
  },
});
