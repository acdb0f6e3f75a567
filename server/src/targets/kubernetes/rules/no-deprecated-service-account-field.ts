import { eachPodSpec } from '../model';
import { findPair, keyRange } from '../../../parsing/yaml';
import { setScalar } from '../../../edits/yamlEdits';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-deprecated-service-account-field',
  aliases: ['deprecated-service-account-field'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'safe',
  questions: ['cc-kubernetes-api-removals'],
  subject: ['serviceAccountName'],
  summary: 'Use `serviceAccountName`, not the deprecated `serviceAccount`.',
  docs: {
    why:
      '`serviceAccount` is the deprecated alias of `serviceAccountName`. When both are written and differ, ' +
      'which one wins is easy to misread in review; tools that read only `serviceAccountName` miss the ' +
      'account. The fix renames the key when `serviceAccountName` is absent.',
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  serviceAccount: web\n  containers:\n    - name: web\n      image: example/web:1.4',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  serviceAccountName: web\n  containers:\n    - name: web\n      image: example/web:1.4',
  },
  *check({ document, objects }) {
    for (const { object, podSpec } of eachPodSpec(objects)) {
      const pair = findPair(object.doc, podSpec, 'serviceAccount');
      if (!pair) continue;
      const edits = findPair(object.doc, podSpec, 'serviceAccountName') ? undefined : setScalar(document, pair.key, 'serviceAccountName');
      yield {
        range: keyRange(document, pair),
        message: 'The pod uses the deprecated `serviceAccount` field; write `serviceAccountName` instead.',
        fixes: edits && [{ title: 'Rename to `serviceAccountName`', edits }],
      };
    }
  },
});
