import { code } from '../../text/markdown';
import { objectAnchor } from '../../targets/kubernetes/model';
import { findPair, getPath, keyRange } from '../../parsing/yaml';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects, nearestFirst } from './documents';
import { namespaceOf, plainSelector, workloadIndex } from './kubernetesObjects';

const MAX_RELATED = 5;

/** The kinds that select pods by a label selector, and where the selector is. */
const SELECTORS: Record<string, { path: [string, string]; effect: string }> = {
  PodDisruptionBudget: { path: ['spec', 'selector'], effect: 'protects no pods' },
  NetworkPolicy: { path: ['spec', 'podSelector'], effect: 'applies to no pods' },
};

export default defineWorkspaceRule({
  id: 'kubernetes/no-unmatched-selector',
  target: 'kubernetes',
  aliases: ['dangling-networkpolicy'],
  severity: 'warning',
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['PodDisruptionBudget', 'NetworkPolicy'],
  summary: 'A PodDisruptionBudget\'s or NetworkPolicy\'s selector should match the pods of a workload of its namespace.',
  docs: {
    why:
      'A PodDisruptionBudget or NetworkPolicy whose `matchLabels` match no pod is accepted and does ' +
      'nothing: drains evict every replica at once, or the traffic it was meant to restrict flows freely. ' +
      'Reported only when the workspace defines workloads in that namespace.',
  },
  *check(workspace) {
    const objects = kubernetesObjects(workspace);
    const index = workloadIndex(objects);
    for (const policy of objects) {
      const { object } = policy;
      const wanted = SELECTORS[object.kind];
      if (!wanted) continue;
      const parent = getPath(object.doc, object.map, wanted.path.slice(0, 1));
      const pair = findPair(object.doc, parent, wanted.path[1]);
      const labels = pair && plainSelector(object.doc, pair.value);
      if (!pair || !labels) continue;
      const candidates = index.in(namespaceOf(policy));
      if (candidates.length === 0 || index.selecting(namespaceOf(policy), labels).length > 0) continue;
      const workloads = nearestFirst(candidates, policy.uri);
      yield {
        uri: policy.uri,
        range: keyRange(policy.document, pair),
        message: `${object.kind} ${code(object.name ?? '(unnamed)')} ${wanted.effect}: no workload of its namespace in the workspace has these labels.`,
        related: workloads.slice(0, MAX_RELATED).map((workload) => ({
          uri: workload.uri,
          range: objectAnchor(workload.document, workload.object),
          message: `${workload.object.kind} ${workload.object.name ?? ''}: its pod labels do not match.`.replace(' :', ':'),
        })),
      };
    }
  },
});
