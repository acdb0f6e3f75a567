import { eachPodSpec } from '../model';
import { removePairFix } from '../fixes';
import { findPair, isTrue, pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-host-pid',
  aliases: ['host-pid', 'KSV010', 'CKV_K8S_17'],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-host-access'],
  subject: ['hostPID'],
  summary: 'Pods must not share the node\'s process namespace (`hostPID: true`).',
  docs: {
    why: 'With `hostPID: true` the pod sees and can signal every process of the node and read their environment, like `docker run --pid host`. A compromised container then attacks the node directly.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostPID: true\n  containers:\n' +
      '    - name: web\n      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object, podSpec } of eachPodSpec(objects)) {
      const pair = findPair(object.doc, podSpec, 'hostPID');
      if (!pair || !isTrue(object.doc, pair.value)) continue;
      const fix = removePairFix(document, object, podSpec, pair, 'Remove `hostPID: true`');
      yield {
        range: pairRange(document, pair),
        message: 'The pod shares the node\'s process namespace (`hostPID: true`): it sees and can signal every process of the node and read their environment, like `docker run --pid host`.',
        fixes: fix ? [fix] : undefined,
      };
    }
  },
});
