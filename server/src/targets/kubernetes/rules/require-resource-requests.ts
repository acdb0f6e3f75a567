import { containerAnchor, describeContainer, eachContainer } from '../model';
import { resourcePair } from '../resources';
import { containerFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { findPair, keyRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-resource-requests',
  aliases: ['unset-cpu-requirements', 'KSV015', 'KSV016', 'CKV_K8S_10', 'CKV_K8S_12'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-resources'],
  subject: ['requests'],
  summary: 'Containers should request CPU and memory (`resources.requests`).',
  docs: {
    why:
      'The scheduler places pods by their requests. Without them it packs pods onto nodes that cannot run ' +
      'them, the pod gets no guaranteed CPU share, and it is among the first evicted when the node runs ' +
      'short of memory.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      resources:\n        requests: { cpu: 100m, memory: 128Mi }\n' +
      '        limits: { memory: 128Mi }',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects, ['containers', 'initContainers'])) {
      const missing = (['cpu', 'memory'] as const).filter((resource) => !resourcePair(container, 'requests', resource));
      if (missing.length === 0) continue;
      const resources = findPair(object.doc, container.map, 'resources');
      const what = missing.map((resource) => `\`${resource}\``).join(' and ');
      yield {
        range: resources ? keyRange(document, resources) : containerAnchor(document, container),
        message: `${describeContainer(container)} requests no ${what}, so the scheduler cannot place it reliably and it is evicted first.`,
        fixes: () => keepFixes(
          containerFix(
            document,
            container,
            { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '128Mi' } } },
            'Add resource requests and a memory limit (adjust the values)',
            true,
          ),
        ),
      };
    }
  },
});
