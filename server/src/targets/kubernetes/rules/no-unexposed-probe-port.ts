import { containerPorts, describeContainer, eachContainer, integerOf, PROBES, probePortPair } from '../model';
import { code } from '../../../text/markdown';
import { scalarString, valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-unexposed-probe-port',
  aliases: ['liveness-port', 'readiness-port', 'startup-port'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-probes', 'q265'],
  subject: ['probe'],
  summary: 'A probe\'s port should be one of the container\'s ports.',
  docs: {
    why:
      'A probe on a port name the container does not declare fails to resolve, and a probe on a number ' +
      'the container does not list usually means a typo or a port that changed: the probe fails, and the ' +
      'kubelet restarts (liveness) or never routes to (readiness) a healthy container. `httpGet`, ' +
      '`tcpSocket` and `grpc` probes connect over TCP, so a probe on a port declared `protocol: UDP` can never succeed.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - name: http\n          containerPort: 8080\n' +
      '      livenessProbe:\n        httpGet:\n          path: /healthz\n          port: web',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - name: http\n          containerPort: 8080\n' +
      '      livenessProbe:\n        httpGet:\n          path: /healthz\n          port: http',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects, ['containers'])) {
      const ports = containerPorts(container);
      for (const probe of PROBES) {
        const pair = probePortPair(container, probe);
        if (!pair) continue;
        const number = integerOf(object.doc, pair.value);
        const text = scalarString(pair.value);
        if (text === undefined) continue;
        // A number is only checked against a declared list: containers need not list their ports.
        const unknown = number === undefined ? !ports.names.has(text) : ports.numbers.size > 0 && !ports.numbers.has(number);
        const udp = ports.udpOnly.has(number ?? text);
        if (!unknown && !udp) continue;
        const owner = describeContainer(container).replace(/^\w/, (letter) => letter.toLowerCase());
        if (udp) {
          yield {
            range: valueRange(document, pair),
            message: `The \`${probe}\` of ${owner} probes port ${code(text)} over TCP, but the container declares that port as \`protocol: UDP\`.`,
          };
          continue;
        }
        yield {
          range: valueRange(document, pair),
          message:
            number === undefined
              ? `The \`${probe}\` of ${owner} uses port ${code(text)}, but no port of the container has that name.`
              : `The \`${probe}\` of ${owner} probes port ${code(text)}, which the container does not list among its ports.`,
        };
      }
    }
  },
});
