import { describeContainer, eachContainer } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getString, isScalar, resolveNode, sequenceItems, valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import { NOT_A_SECRET, POINTER_NAME, SECRET_NAME } from '../secrets';


export default defineKubernetesRule({
  id: 'kubernetes/no-secret-in-env',
  aliases: ['env-var-secret'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['q252', 'q280'],
  subject: ['secretKeyRef', 'Secret'],
  summary: 'Secrets should come from a Secret (`valueFrom.secretKeyRef`), not a literal `value:`.',
  docs: {
    why:
      'A literal `value:` puts the secret in the manifest, in Git history, in `kubectl describe` and in ' +
      'everyone\'s terminal. Store it in a Secret and reference it with `valueFrom.secretKeyRef`, or mount ' +
      'the Secret as a file.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      env:\n        - name: DB_PASSWORD\n          value: hunter2',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      env:\n        - name: DB_PASSWORD\n          valueFrom:\n' +
      '            secretKeyRef: { name: db, key: password }',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      for (const variable of sequenceItems(object.doc, findPair(object.doc, container.map, 'env')?.value)) {
        const name = getString(object.doc, variable, 'name');
        const pair = findPair(object.doc, variable, 'value');
        const value = pair && resolveNode(object.doc, pair.value);
        if (!name || !pair || !isScalar(value) || typeof value.value !== 'string') continue;
        if (!SECRET_NAME.test(name) || POINTER_NAME.test(name) || NOT_A_SECRET.test(value.value.trim())) continue;
        yield {
          range: valueRange(document, pair),
          message: `${describeContainer(container)} sets ${code(name)} to a literal value; keep it in a Secret and use \`valueFrom.secretKeyRef\`.`,
        };
      }
    }
  },
});
