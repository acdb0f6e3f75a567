import { containerAnchor, describeContainer, eachContainer, integerOf, isTrue, securitySetting } from '../model';
import { containerSecurityFix, restrictedContextFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-run-as-non-root',
  aliases: ['run-as-non-root', 'KSV012', 'CKV_K8S_23'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-security-context', 'q252'],
  subject: ['runAsNonRoot'],
  summary: 'Containers should run with `runAsNonRoot: true` or a non-zero `runAsUser`.',
  docs: {
    why:
      'Without `runAsNonRoot: true` (or a non-zero `runAsUser`) at the container or pod level, the ' +
      "container runs as whatever user its image says, usually root. `runAsNonRoot` makes the kubelet " +
      "refuse to start a container whose user is UID 0; pair it with `USER` in the Dockerfile. " +
      "Differs from kube-linter: its `run-as-non-root` also reports `runAsGroup: 0` (here `no-root-group`) " +
      "and an unset `runAsGroup` (not reported: the image's group applies).",
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n' +
      '    runAsNonRoot: true\n    runAsUser: 10001\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      const nonRoot = securitySetting(object.doc, object, container, ['runAsNonRoot']);
      if (nonRoot && isTrue(object.doc, nonRoot.value)) continue;
      const user = securitySetting(object.doc, object, container, ['runAsUser']);
      const uid = user && integerOf(object.doc, user.value);
      if (uid !== undefined && uid > 0) continue;
      yield {
        range: nonRoot ? pairRange(document, nonRoot.pair) : containerAnchor(document, container),
        message: nonRoot
          ? `${describeContainer(container)} sets \`runAsNonRoot\` to something other than \`true\`, so it may run as root.`
          : `${describeContainer(container)} may run as root: neither it nor the pod sets \`runAsNonRoot: true\` or a non-zero \`runAsUser\`.`,
        fixes: () => keepFixes(
          nonRoot?.level === 'pod' ? undefined : containerSecurityFix(document, container, { runAsNonRoot: 'true' }, 'Set `runAsNonRoot: true`'),
          restrictedContextFix(document, container),
        ),
      };
    }
  },
});
