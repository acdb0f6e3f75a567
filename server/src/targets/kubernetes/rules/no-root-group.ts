import { eachPodSpec, integerOf, securityContexts } from '../model';
import { findPair, nodeRange, pairRange, sequenceItems } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-root-group',
  aliases: ['KSV029', 'KSV116'],
  severity: 'warning',
  questions: ['q254'],
  summary: 'Pods and containers should not run with the root group (GID 0).',
  docs: {
    why:
      'GID 0 is the root group, which owns many files of the image and of mounted host paths. Choose a ' +
      'non-zero group, as `docker run --user 1000:1000` does.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsGroup: 0\n' +
      '    fsGroup: 0\n  containers:\n    - name: web\n      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n' +
      '    runAsGroup: 10001\n    fsGroup: 10001\n  containers:\n    - name: web\n      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object } of eachPodSpec(objects)) {
      for (const { map, owner } of securityContexts(object)) {
        for (const key of ['runAsGroup', 'fsGroup']) {
          const pair = findPair(object.doc, map, key);
          if (pair && integerOf(object.doc, pair.value) === 0) {
            yield { range: pairRange(document, pair), message: `${owner} uses the root group (\`${key}: 0\`); choose a non-zero GID.` };
          }
        }
        const groups = findPair(object.doc, map, 'supplementalGroups');
        for (const item of sequenceItems(object.doc, groups?.value)) {
          const range = integerOf(object.doc, item) === 0 ? nodeRange(document, item) : undefined;
          if (range) yield { range, message: `${owner} adds the root group (GID \`0\`) to \`supplementalGroups\`.` };
        }
      }
    }
  },
});
