import { containerAnchor, describeContainer, eachContainer } from '../model';
import { resourcePair } from '../resources';
import { findPair, keyRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-cpu-limit',
  aliases: ['KSV011', 'CKV_K8S_11'],
  severity: 'info',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-resources'],
  subject: ['CPU limit'],
  summary: 'Containers may set a CPU limit (`resources.limits.cpu`).',
  docs: {
    why:
      'Without a CPU limit a busy container can use every idle core of its node; its request only guarantees ' +
      'it a share when the node is contended. A limit caps it, like `docker run --cpus`, at the cost of ' +
      'throttling once it is reached, which is why many teams set only a request: an informational finding.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      resources:\n        requests:\n          cpu: 250m',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      resources:\n        requests:\n          cpu: 250m\n' +
      '        limits:\n          cpu: "1"',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects, ['containers', 'initContainers'])) {
      if (resourcePair(container, 'limits', 'cpu')) continue;
      const resources = findPair(object.doc, container.map, 'resources');
      yield {
        range: resources ? keyRange(document, resources) : containerAnchor(document, container),
        message: `${describeContainer(container)} has no CPU limit, so it can take every idle core of its node.`,
      };
    }
  },
});
