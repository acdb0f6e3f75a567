import { code } from '../../text/markdown';
import { objectAnchor } from '../../targets/kubernetes/model';
import { getPath, nodeRange, resolveNode, scalarString } from '../../parsing/yaml';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects, nearestFirst } from './documents';
import { isTemplated, namespaceOf } from './kubernetesObjects';

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
    for (const hpa of objects) {
      const { object } = hpa;
      if (object.kind !== 'HorizontalPodAutoscaler') continue;
      const kind = scalarString(resolveNode(object.doc, getPath(object.doc, object.map, ['spec', 'scaleTargetRef', 'kind'])));
      const node = resolveNode(object.doc, getPath(object.doc, object.map, ['spec', 'scaleTargetRef', 'name']));
      const name = scalarString(node);
      const range = nodeRange(hpa.document, node);
      if (!kind || !name || !range || isTemplated(name) || isTemplated(kind)) continue;
      const candidates = nearestFirst(objects.filter((each) => each.object.kind === kind && each.object.name !== undefined && namespaceOf(each) === namespaceOf(hpa)), hpa.uri);
      if (candidates.length === 0 || candidates.some((each) => each.object.name === name)) continue;
      yield {
        uri: hpa.uri,
        range,
        message: `No ${kind} ${code(name)} is defined in this namespace, so the autoscaler scales nothing; the workspace defines ${candidates.slice(0, MAX_RELATED).map((each) => code(each.object.name!)).join(', ')}.`,
        related: candidates.slice(0, MAX_RELATED).map((each) => ({ uri: each.uri, range: objectAnchor(each.document, each.object), message: `${kind} ${each.object.name!}` })),
      };
    }
  },
});
