import { eachPodSpec, integerOf, settingsInEffect } from '../model';
import { pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-root-user',
  aliases: ['KSV105'],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  questions: ['q254', 'cc-kubernetes-security-context'],
  subject: ['runAsUser'],
  summary: 'Pods and containers must not set `runAsUser: 0`.',
  docs: {
    why:
      '`runAsUser: 0` runs the processes as root whatever the image says, the opposite of `docker run ' +
      '--user 1000:1000`. A root process that escapes the container is root on the node.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        runAsUser: 0',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: true\n' +
      '        runAsUser: 10001',
  },
  *check({ document, objects }) {
    for (const { object } of eachPodSpec(objects)) {
      for (const { setting, owner } of settingsInEffect(object, ['runAsUser'])) {
        if (integerOf(object.doc, setting.value) !== 0) continue;
        yield { range: pairRange(document, setting.pair), message: `${owner} runs as root (\`runAsUser: 0\`); choose a non-zero UID.` };
      }
    }
  },
});
