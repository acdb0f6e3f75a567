import { describeContainer, eachContainer } from '../model';
import { parseQuantity, resourcePair } from '../resources';
import { code } from '../../../text/markdown';
import { pairRange, scalarString } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-requests-above-limits',
  aliases: [],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-resources'],
  subject: ['requests > limits', 'requests:'],
  summary: 'A container\'s requests must not exceed its limits.',
  docs: {
    why:
      'The API server rejects a pod whose request for a resource is larger than its limit, so the ' +
      'Deployment never creates it. Raise the limit or lower the request.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      resources:\n        requests:\n          memory: 512Mi\n' +
      '        limits:\n          memory: 256Mi',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      resources:\n        requests:\n          memory: 256Mi\n' +
      '        limits:\n          memory: 512Mi',
  },
  *check({ document, objects }) {
    for (const { container } of eachContainer(objects)) {
      for (const resource of ['cpu', 'memory'] as const) {
        const request = resourcePair(container, 'requests', resource);
        const limit = resourcePair(container, 'limits', resource);
        const requestText = request && scalarString(request.value);
        const limitText = limit && scalarString(limit.value);
        if (!request || !requestText || !limitText) continue;
        const requested = parseQuantity(requestText);
        const limited = parseQuantity(limitText);
        if (requested === undefined || limited === undefined || requested <= limited) continue;
        yield {
          range: pairRange(document, request),
          message: `${describeContainer(container)} requests ${code(requestText)} of ${resource} but is limited to ${code(limitText)}; the API server rejects such a pod.`,
        };
      }
    }
  },
});
