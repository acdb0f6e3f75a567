import { isBatch, containerAnchor, containerPorts, describeContainer, eachContainer } from '../model';
import { containerFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { findPair } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-liveness-probe',
  aliases: ['no-liveness-probe', 'CKV_K8S_8'],
  severity: 'info',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-probes', 'q265', 'q252'],
  subject: ['livenessProbe', 'liveness'],
  summary: 'Long-running containers should have a `livenessProbe`.',
  docs: {
    why: 'Kubernetes restarts a container that hangs (deadlock, stuck event loop) only if it has a liveness probe; without one the pod stays Running and broken until someone notices. It is the Kubernetes form of a Dockerfile `HEALTHCHECK`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - containerPort: 8080',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n      livenessProbe:\n' +
      '        httpGet: { path: /healthz, port: 8080 }',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects, ['containers'])) {
      if (isBatch(object) || findPair(object.doc, container.map, 'livenessProbe')) continue;
      const port = containerPorts(container).first;
      yield {
        range: containerAnchor(document, container),
        message: `${describeContainer(container)} has no \`livenessProbe\`, so it is never restarted when it hangs.`,
        fixes: () => keepFixes(
          port === undefined
            ? undefined
            : containerFix(document, container, { livenessProbe: { tcpSocket: { port: String(port) }, periodSeconds: '10' } }, `Add a TCP liveness probe on port ${port} (adjust it)`),
        ),
      };
    }
  },
});
