import { eachPodSpec } from '../model';
import { removePairFix } from '../fixes';
import { findPair, isTrue, pairRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-host-ipc',
  aliases: ['host-ipc', 'KSV008', 'CKV_K8S_18'],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-host-access'],
  subject: ['hostIPC'],
  summary: 'Pods must not share the node\'s IPC namespace (`hostIPC: true`).',
  docs: {
    why: 'With `hostIPC: true` the pod can read the shared memory of every process of the node, like `docker run --ipc host`. A compromised container then attacks the node directly.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  hostIPC: true\n  containers:\n' +
      '    - name: web\n      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object, podSpec } of eachPodSpec(objects)) {
      const pair = findPair(object.doc, podSpec, 'hostIPC');
      if (!pair || !isTrue(object.doc, pair.value)) continue;
      const fix = removePairFix(document, object, podSpec, pair, 'Remove `hostIPC: true`');
      yield {
        range: pairRange(document, pair),
        message: 'The pod shares the node\'s IPC namespace (`hostIPC: true`): it can read the shared memory of every process of the node, like `docker run --ipc host`.',
        fixes: fix ? [fix] : undefined,
      };
    }
  },
});
