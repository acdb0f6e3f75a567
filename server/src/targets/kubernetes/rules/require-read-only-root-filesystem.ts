import { containerAnchor, describeContainer, eachContainer, isTrue, securitySetting } from '../model';
import { containerSecurityFix, restrictedContextFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-read-only-root-filesystem',
  aliases: ['no-read-only-root-fs', 'KSV014', 'CKV_K8S_22'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['readOnlyRootFilesystem'],
  summary: 'Containers should set `readOnlyRootFilesystem: true`.',
  docs: {
    why:
      'A writable root filesystem lets an attacker drop tools or change binaries inside the running container. ' +
      '`readOnlyRootFilesystem: true` is the `docker run --read-only` of Kubernetes; mount an `emptyDir` at ' +
      'the few paths the program writes, such as `/tmp`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        readOnlyRootFilesystem: true\n' +
      '      volumeMounts:\n        - { name: tmp, mountPath: /tmp }  volumes:\n' +
      '    - { name: tmp, emptyDir: {} }',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      const setting = securitySetting(object.doc, object, container, ['readOnlyRootFilesystem']);
      if (setting?.level === 'container' && isTrue(object.doc, setting.value)) continue;
      const explicit = setting?.level === 'container' ? setting : undefined;
      yield {
        range: explicit ? pairRange(document, explicit.pair) : containerAnchor(document, container),
        message: `${describeContainer(container)} has a writable root filesystem; set \`readOnlyRootFilesystem: true\` and mount an \`emptyDir\` where it writes.`,
        fixes: () => keepFixes(
          containerSecurityFix(document, container, { readOnlyRootFilesystem: 'true' }, 'Set `readOnlyRootFilesystem: true`'),
          restrictedContextFix(document, container),
        ),
      };
    }
  },
});
