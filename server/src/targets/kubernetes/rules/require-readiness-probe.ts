import { isBatch, containerAnchor, containerPorts, describeContainer, eachContainer } from '../model';
import { containerFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { findPair } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-readiness-probe',
  aliases: ['no-readiness-probe', 'CKV_K8S_9'],
  severity: 'info',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-probes', 'q265', 'q252'],
  subject: ['readinessProbe', 'readiness'],
  summary: 'Long-running containers should have a `readinessProbe`.',
  docs: {
    why: 'Kubernetes sends traffic to a pod as soon as its containers start unless it has a readiness probe: requests fail during start-up, and rolling updates cannot tell a broken new version from a working one. It is the Kubernetes form of a Dockerfile `HEALTHCHECK`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - containerPort: 8080',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n      readinessProbe:\n' +
      '        httpGet: { path: /healthz, port: 8080 }',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects, ['containers'])) {
      if (isBatch(object) || findPair(object.doc, container.map, 'readinessProbe')) continue;
      const port = containerPorts(container).first;
      yield {
        range: containerAnchor(document, container),
        message: `${describeContainer(container)} has no \`readinessProbe\`, so it gets traffic before it is ready, and rollouts cannot tell whether it works.`,
        fixes: () => keepFixes(
          port === undefined
            ? undefined
            : containerFix(document, container, { readinessProbe: { tcpSocket: { port: String(port) }, periodSeconds: '10' } }, `Add a TCP readiness probe on port ${port} (adjust it)`),
        ),
      };
    }
  },
});
