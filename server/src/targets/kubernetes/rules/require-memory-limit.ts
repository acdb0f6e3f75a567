import { containerAnchor, describeContainer, eachContainer } from '../model';
import { resourcePair } from '../resources';
import { containerFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { findPair, keyRange, nodeRange, scalarString } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-memory-limit',
  aliases: ['unset-memory-requirements', 'KSV018', 'CKV_K8S_13'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-resources', 'q252', 'q8'],
  subject: ['memory limit', 'limits'],
  summary: 'Containers should set a memory limit (`resources.limits.memory`).',
  docs: {
    why:
      'Without a memory limit a leaking container grows until the node runs out of memory and the kernel ' +
      'kills whatever it picks, often another pod. With a limit only the offender is OOM-killed and ' +
      'restarted, like `docker run --memory`. Setting it equal to the request makes the memory guaranteed.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      resources:\n        requests:\n          memory: 128Mi',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      resources:\n        requests:\n          memory: 128Mi\n' +
      '        limits:\n          memory: 128Mi',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects, ['containers', 'initContainers'])) {
      if (resourcePair(container, 'limits', 'memory')) continue;
      const resources = findPair(object.doc, container.map, 'resources');
      const requested = resourcePair(container, 'requests', 'memory');
      const amount = (requested && nodeRange(document, requested.value) && scalarString(requested.value)) || '128Mi';
      yield {
        range: resources ? keyRange(document, resources) : containerAnchor(document, container),
        message: `${describeContainer(container)} has no memory limit, so a leak can exhaust the node's memory.`,
        fixes: () => keepFixes(containerFix(document, container, { resources: { limits: { memory: amount } } }, `Add a memory limit of ${amount} (adjust it)`, true)),
      };
    }
  },
});
