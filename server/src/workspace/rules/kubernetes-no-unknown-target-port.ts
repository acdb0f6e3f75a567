import { code } from '../../text/markdown';
import { findPair, getMap, scalarString, sequenceItems, valueRange } from '../../parsing/yaml';
import { containerPorts, integerOf, objectAnchor } from '../../targets/kubernetes/model';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects, nearestFirst } from './documents';
import { isTemplated, namespaceOf, serviceSelector, workloadIndex } from './kubernetesObjects';

const MAX_RELATED = 5;

export default defineWorkspaceRule({
  id: 'kubernetes/no-unknown-target-port',
  target: 'kubernetes',
  aliases: [],
  severity: 'warning',
  questions: ['cc-cross-file-references'],
  subject: ['targetPort'],
  summary: 'A Service\'s `targetPort` should be a port the containers of its selected workloads declare.',
  docs: {
    why:
      'A named `targetPort` resolves against the `ports[].name` of the selected containers: a name no ' +
      'container declares gives the Service no endpoints for that port. A number is only checked when every ' +
      'selected container lists its ports, since listing them is optional.',
  },
  *check(workspace) {
    const objects = kubernetesObjects(workspace);
    const index = workloadIndex(objects);
    for (const service of objects) {
      const { object } = service;
      if (object.kind !== 'Service') continue;
      const spec = getMap(object.doc, object.map, 'spec');
      const labels = serviceSelector(object);
      if (!spec || !labels) continue;
      const workloads = nearestFirst(index.selecting(namespaceOf(service), labels), service.uri);
      const containers = workloads.flatMap((workload) => workload.object.containers.filter((container) => container.group === 'containers'));
      if (containers.length === 0) continue;
      const declared = containers.map(containerPorts);
      for (const port of sequenceItems(object.doc, findPair(object.doc, spec, 'ports')?.value)) {
        const pair = findPair(object.doc, port, 'targetPort');
        const text = pair && scalarString(pair.value);
        if (!pair || text === undefined || isTemplated(text)) continue;
        const number = integerOf(object.doc, pair.value);
        const known =
          number === undefined
            ? declared.some((ports) => ports.names.has(text))
            : declared.some((ports) => ports.numbers.size === 0 || ports.numbers.has(number));
        if (known) continue;
        yield {
          uri: service.uri,
          range: valueRange(service.document, pair),
          message:
            number === undefined
              ? `No container of the workloads this Service selects has a port named ${code(text)}, so the Service has no endpoints for it.`
              : `No container of the workloads this Service selects lists port ${code(text)} among its ports.`,
          related: workloads.slice(0, MAX_RELATED).map((workload) => ({
            uri: workload.uri,
            range: objectAnchor(workload.document, workload.object),
            message: `${workload.object.kind} ${workload.object.name ?? ''}: the workload the Service selects.`.replace(' :', ':'),
          })),
        };
      }
    }
  },
});
