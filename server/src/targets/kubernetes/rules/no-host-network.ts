import { eachPodSpec } from '../model';
import { removePairFix } from '../fixes';
import { findPair, isTrue, pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-host-network',
  aliases: ['host-network', 'KSV009', 'CKV_K8S_19'],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-host-access'],
  subject: ['hostNetwork'],
  summary: 'Pods must not share the node\'s network namespace (`hostNetwork: true`).',
  docs: {
    why: 'With `hostNetwork: true` the pod sees every interface of the node, can bind its ports and bypasses NetworkPolicies, like `docker run --network host`. A compromised container then attacks the node directly.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostNetwork: true\n  containers:\n' +
      '    - name: web\n      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object, podSpec } of eachPodSpec(objects)) {
      const pair = findPair(object.doc, podSpec, 'hostNetwork');
      if (!pair || !isTrue(object.doc, pair.value)) continue;
      const fix = removePairFix(document, object, podSpec, pair, 'Remove `hostNetwork: true`');
      yield {
        range: pairRange(document, pair),
        message: 'The pod shares the node\'s network namespace (`hostNetwork: true`): it sees every interface of the node, can bind its ports and bypasses NetworkPolicies, like `docker run --network host`.',
        fixes: fix ? [fix] : undefined,
      };
    }
  },
});
