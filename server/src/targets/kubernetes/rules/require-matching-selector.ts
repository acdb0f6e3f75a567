import { labelsOf, podLabelsOf, workloadKindOf } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getMap, keyRange, mapPairs, resolveNode, scalarString } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-matching-selector',
  aliases: ['mismatching-selector'],
  severity: 'error',
  scope: 'document',
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['selector'],
  summary: 'A controller\'s selector must match the labels of its pod template.',
  docs: {
    why:
      'A Deployment (StatefulSet, DaemonSet, ReplicaSet, OpenShift DeploymentConfig, Argo Rollout) owns the pods its `selector` matches. When the ' +
      'template\'s labels do not match, the API server rejects the object; when they match only loosely, ' +
      'controllers fight over each other\'s pods.',
    bad:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n' +
      '    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: web\n' +
      '    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:2.4.1',
    good:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n' +
      '    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n' +
      '    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:2.4.1',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      const style = workloadKindOf(object)?.selector;
      const spec = getMap(object.doc, object.map, 'spec');
      const selector = spec && getMap(object.doc, spec, 'selector');
      if (!style || !selector || !object.podSpec) continue;
      // A template without a `labels:` key has none of the selector's; labels we cannot read are not judged.
      const written = object.podTemplateMetadata && findPair(object.doc, object.podTemplateMetadata, 'labels');
      const labels = written ? podLabelsOf(object) : new Map<string, string>();
      if (!labels) continue;
      const matchLabels = style === 'labels' ? selector : getMap(object.doc, selector, 'matchLabels');
      if (!matchLabels || !labelsOf(object.doc, matchLabels)) continue;
      for (const { key, pair } of mapPairs(object.doc, matchLabels)) {
        const wanted = scalarString(resolveNode(object.doc, pair.value));
        if (wanted === undefined || labels.get(key) === wanted) continue;
        const actual = labels.get(key);
        yield {
          range: keyRange(document, pair),
          message:
            actual === undefined
              ? `The selector requires label ${code(`${key}: ${wanted}`)}, which the pod template does not have.`
              : `The selector requires ${code(`${key}: ${wanted}`)} but the pod template's label is ${code(`${key}: ${actual}`)}.`,
        };
      }
    }
  },
});
