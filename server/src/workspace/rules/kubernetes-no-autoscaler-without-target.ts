import { code } from '../../text/markdown';
import { objectAnchor } from '../../targets/kubernetes/model';
import { getPath, nodeRange, resolveNode, scalarString } from '../../parsing/yaml';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects, nearestFirst } from './documents';
import { isTemplated, namespaceOf, type LocatedObject } from './kubernetesObjects';

const MAX_RELATED = 5;

export default defineWorkspaceRule({
  id: 'kubernetes/no-autoscaler-without-target',
  target: 'kubernetes',
  aliases: ['dangling-horizontalpodautoscaler'],
  severity: 'warning',
  questions: ['cc-cross-file-references'],
  subject: ['scaleTargetRef'],
  summary: 'A HorizontalPodAutoscaler\'s `scaleTargetRef` should name a workload of its namespace.',
  docs: {
    why:
      'The autoscaler scales the object its `scaleTargetRef` names, by kind and name, in its own ' +
      'namespace; a name that matches nothing leaves it failing (`FailedGetScale`) and nothing scales. ' +
      'Reported only when the workspace defines objects of that kind in the namespace.',
  },
  *check(workspace) {
    const objects = kubernetesObjects(workspace);
    const named = namedObjects(objects);
    for (const hpa of objects) {
      const { object } = hpa;
      if (object.kind !== 'HorizontalPodAutoscaler') continue;
      const kind = scalarString(resolveNode(object.doc, getPath(object.doc, object.map, ['spec', 'scaleTargetRef', 'kind'])));
      const node = resolveNode(object.doc, getPath(object.doc, object.map, ['spec', 'scaleTargetRef', 'name']));
      const name = scalarString(node);
      const range = nodeRange(hpa.document, node);
      if (!kind || !name || !range || isTemplated(name) || isTemplated(kind)) continue;
      const group = named.get(`${namespaceOf(hpa)}\u0000${kind}`);
      if (!group || group.names.has(name)) continue;
      const candidates = nearestFirst(group.objects, hpa.uri);
      yield {
        uri: hpa.uri,
        range,
        message: `No ${kind} ${code(name)} is defined in this namespace, so the autoscaler scales nothing; the workspace defines ${candidates.slice(0, MAX_RELATED).map((each) => code(each.object.name!)).join(', ')}.`,
        related: candidates.slice(0, MAX_RELATED).map((each) => ({ uri: each.uri, range: objectAnchor(each.document, each.object), message: `${kind} ${each.object.name!}` })),
      };
    }
  },
});

/** The named objects by namespace and kind, with their names. */
function namedObjects(objects: readonly LocatedObject[]): Map<string, { objects: LocatedObject[]; names: Set<string> }> {
  const groups = new Map<string, { objects: LocatedObject[]; names: Set<string> }>();
  for (const located of objects) {
    if (located.object.name === undefined) continue;
    const key = `${namespaceOf(located)}\u0000${located.object.kind}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { objects: [], names: new Set() }));
    group.objects.push(located);
    group.names.add(located.object.name);
  }
  return groups;
}
