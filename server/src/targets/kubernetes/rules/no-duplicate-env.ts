import { describeContainer, eachContainer } from '../model';
import { code } from '../../../text/markdown';
import { findPair, scalarString, sequenceItems, valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-duplicate-env',
  aliases: ['duplicate-env-var'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['env:', 'Duplicate env'],
  summary: 'A container should not define the same environment variable twice.',
  docs: {
    why:
      'When `env` lists a name twice the last one wins silently, and a later `kubectl apply` or strategic ' +
      'merge can pick the other one: the value you read in the manifest is not the one the container sees.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      env:\n        - name: LOG_LEVEL\n          value: info\n' +
      '        - name: LOG_LEVEL\n          value: debug',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      env:\n        - name: LOG_LEVEL\n          value: debug',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      const seen = new Set<string>();
      for (const variable of sequenceItems(object.doc, findPair(object.doc, container.map, 'env')?.value)) {
        const pair = findPair(object.doc, variable, 'name');
        const name = pair && scalarString(pair.value);
        if (!pair || name === undefined) continue;
        if (seen.has(name)) {
          yield { range: valueRange(document, pair), message: `${describeContainer(container)} defines ${code(name)} more than once; only the last value counts.` };
        }
        seen.add(name);
      }
    }
  },
});
