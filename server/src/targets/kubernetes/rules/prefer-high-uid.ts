import { eachPodSpec, integerOf, settingsInEffect } from '../model';
import { pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

const KEYS = [
  { key: 'runAsUser', what: 'UID' },
  { key: 'runAsGroup', what: 'GID' },
] as const;

export default defineKubernetesRule({
  id: 'kubernetes/prefer-high-uid',
  aliases: ['KSV020', 'KSV021'],
  severity: 'hint',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-security-context'],
  subject: ['10000'],
  summary: 'Prefer a `runAsUser` and `runAsGroup` above 10000.',
  docs: {
    why:
      'Without user namespaces a container\'s UID is the same number on the node. Low IDs (1–10000) are those ' +
      'of the node\'s own accounts and services, so a process that escapes the container, or writes to a ' +
      'host mount, acts as one of them; an ID above 10000 belongs to no one there. ' +
      'Differs from Trivy: only an ID written between 1 and 10000 is reported, not an unset one (the ' +
      'image\'s user applies; `require-run-as-non-root` covers it), and 0 is left to `no-root-user` and ' +
      '`no-root-group`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsUser: 1000\n' +
      '    runAsGroup: 1000\n  containers:\n    - name: web\n      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsUser: 10001\n' +
      '    runAsGroup: 10001\n  containers:\n    - name: web\n      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object } of eachPodSpec(objects)) {
      for (const { key, what } of KEYS) {
        for (const { setting, owner } of settingsInEffect(object, [key])) {
          const id = integerOf(object.doc, setting.value);
          if (id === undefined || id < 1 || id > 10000) continue;
          yield { range: pairRange(document, setting.pair), message: `${owner} uses ${what} ${id}, which may be an account of the node; prefer an ID above 10000.` };
        }
      }
    }
  },
});
