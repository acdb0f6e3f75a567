import { labelsOf, podLabelsOf, podSpecAnchor, replicasOf, selects, type KubernetesObject } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getMap, getString, sequenceItems, type YAMLMap } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-pod-anti-affinity',
  aliases: ['no-anti-affinity'],
  severity: 'info',
  scope: 'document',
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['podAntiAffinity'],
  summary: 'A workload with several replicas should ask the scheduler to spread them over nodes.',
  docs: {
    why:
      'Replicas exist so that losing one pod does not take the application down, but the scheduler may put ' +
      'them all on one node, and that node\'s failure or drain then stops every replica at once. A ' +
      '`podAntiAffinity` term whose `labelSelector` matches the workload\'s own pods (preferred or required, ' +
      'with `topologyKey: kubernetes.io/hostname`), or a `topologySpreadConstraints` entry, spreads them. ' +
      'Reported only for a written `replicas` of 2 or more. Differs from kube-linter: a term with any ' +
      '`topologyKey` (a zone also separates nodes) and a topology spread constraint both count, and a ' +
      'selector written with `matchExpressions` is trusted.',
    bad:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  selector:\n' +
      '    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n' +
      '    spec:\n      containers:\n        - name: api\n          image: example/api:1.4',
    good:
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  selector:\n' +
      '    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n' +
      '    spec:\n      affinity:\n        podAntiAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n' +
      '            - weight: 100\n              podAffinityTerm:\n                topologyKey: kubernetes.io/hostname\n' +
      '                labelSelector:\n                  matchLabels:\n                    app: api\n' +
      '      containers:\n        - name: api\n          image: example/api:1.4',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      if (!object.podSpec || object.kind === 'Pod') continue;
      const spec = getMap(object.doc, object.map, 'spec');
      const replicas = replicasOf(object);
      if (!spec || !findPair(object.doc, spec, 'replicas') || replicas === undefined || replicas < 2) continue;
      if (spreads(object, object.podSpec)) continue;
      yield {
        range: podSpecAnchor(document, object),
        message: `${object.kind} ${code(object.name ?? '?')} runs ${replicas} replicas without pod anti-affinity or a topology spread constraint, so they may all land on one node.`,
      };
    }
  },
});

function spreads(object: KubernetesObject, podSpec: YAMLMap): boolean {
  const { doc } = object;
  if ([...sequenceItems(doc, findPair(doc, podSpec, 'topologySpreadConstraints')?.value)].length > 0) return true;
  const antiAffinity = getMap(doc, getMap(doc, podSpec, 'affinity'), 'podAntiAffinity');
  if (!antiAffinity) return false;
  const terms = [
    ...sequenceItems(doc, findPair(doc, antiAffinity, 'requiredDuringSchedulingIgnoredDuringExecution')?.value),
    ...[...sequenceItems(doc, findPair(doc, antiAffinity, 'preferredDuringSchedulingIgnoredDuringExecution')?.value)]
      .map((item) => getMap(doc, item, 'podAffinityTerm')),
  ];
  const labels = podLabelsOf(object) ?? new Map<string, string>();
  return terms.some((term) => {
    if (!term || !getString(doc, term, 'topologyKey')) return false;
    const selector = getMap(doc, term, 'labelSelector');
    if (!selector) return false;
    if (findPair(doc, selector, 'matchExpressions')) return true;
    const wanted = labelsOf(doc, getMap(doc, selector, 'matchLabels'));
    return wanted !== undefined && wanted.size > 0 && selects(wanted, labels);
  });
}
