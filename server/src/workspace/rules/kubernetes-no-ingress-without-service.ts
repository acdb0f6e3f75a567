import { code } from '../../text/markdown';
import { objectAnchor } from '../../targets/kubernetes/model';
import { nodeRange } from '../../parsing/yaml';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects, nearestFirst } from './documents';
import { byNamespace, ingressBackends, namespaceOf, type LocatedObject } from './kubernetesObjects';

const MAX_RELATED = 5;

export default defineWorkspaceRule({
  id: 'kubernetes/no-ingress-without-service',
  target: 'kubernetes',
  aliases: ['dangling-ingress'],
  severity: 'warning',
  questions: ['cc-cross-file-references'],
  subject: ['Ingress'],
  summary: 'An Ingress backend should name a Service of its namespace.',
  docs: {
    why:
      'An Ingress routes a host and path to a Service of its own namespace by name; when no such Service ' +
      'exists the controller answers 503 for that path. Reported only when the workspace defines Services ' +
      'in that namespace.',
  },
  *check(workspace) {
    const objects = kubernetesObjects(workspace);
    const services = byNamespace(objects, (object) => object.kind === 'Service' && object.name !== undefined);
    const names = new Map([...services].map(([namespace, list]) => [namespace, new Set(list.map((service) => service.object.name))]));
    for (const ingress of objects) {
      if (ingress.object.kind !== 'Ingress') continue;
      const here = services.get(namespaceOf(ingress)) ?? [];
      if (here.length === 0) continue;
      let defined: LocatedObject[] | undefined;
      for (const backend of ingressBackends(ingress.object)) {
        if (names.get(namespaceOf(ingress))!.has(backend.name)) continue;
        defined ??= nearestFirst(here, ingress.uri);
        yield {
          uri: ingress.uri,
          range: nodeRange(ingress.document, backend.node)!,
          message: `No Service ${code(backend.name)} is defined in this namespace; the workspace defines ${defined.slice(0, MAX_RELATED).map((service) => code(service.object.name!)).join(', ')}.`,
          related: defined.slice(0, MAX_RELATED).map((service) => ({ uri: service.uri, range: objectAnchor(service.document, service.object), message: `Service ${service.object.name!}` })),
        };
      }
    }
  },
});
