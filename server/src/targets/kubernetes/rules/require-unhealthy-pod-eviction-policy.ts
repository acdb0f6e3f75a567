import { objectAnchor } from '../model';
import { code } from '../../../text/markdown';
import { findPair, keyRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-unhealthy-pod-eviction-policy',
  aliases: ['pdb-unhealthy-pod-eviction-policy'],
  severity: 'info',
  scope: 'document',
  looksAt: ['PodDisruptionBudget'],
  questions: ['cc-kubernetes-manifest-mistakes', 'q294'],
  subject: ['PodDisruptionBudget'],
  summary: 'A PodDisruptionBudget should say `unhealthyPodEvictionPolicy` (usually `AlwaysAllow`).',
  docs: {
    why:
      'By default (`IfHealthyBudget`) a running pod that is not ready may be evicted only while the budget is ' +
      'met, so a Deployment stuck in a crash loop or a failed rollout keeps its broken pods and `kubectl ' +
      'drain` waits forever. `AlwaysAllow` lets such pods be evicted: they serve nothing anyway. The field is ' +
      'stable in `policy/v1` since Kubernetes 1.31; write it so the choice is visible.',
    bad:
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n' +
      '  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: api',
    good:
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n' +
      '  maxUnavailable: 1\n  unhealthyPodEvictionPolicy: AlwaysAllow\n  selector:\n    matchLabels:\n      app: api',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      if (object.kind !== 'PodDisruptionBudget' || object.apiVersion !== 'policy/v1') continue;
      const spec = findPair(object.doc, object.map, 'spec');
      if (findPair(object.doc, spec?.value, 'unhealthyPodEvictionPolicy')) continue;
      yield {
        range: spec?.key ? keyRange(document, spec) : objectAnchor(document, object),
        message: `PodDisruptionBudget ${code(object.name ?? '?')} does not set \`unhealthyPodEvictionPolicy\`; with the default, pods that never become ready can block a drain.`,
      };
    }
  },
});
