import { integerOf, labelsOf, podLabelsOf, replicasOf, selects, type KubernetesObject } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getMap, pairRange, scalarString, type YamlPair, type YAMLMap } from '../../../parsing/yaml';
import { setScalar } from '../../../edits/yamlEdits';
import { defineKubernetesRule, type Finding, type Fix } from '../../../engine/rule';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export default defineKubernetesRule({
  id: 'kubernetes/no-undrainable-pdb',
  aliases: ['pdb-min-available', 'pdb-max-unavailable'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['q294'],
  summary: 'A PodDisruptionBudget must allow at least one pod to be evicted.',
  docs: {
    why:
      '`kubectl drain` evicts pods through the eviction API, which refuses while the budget would be ' +
      'broken. With `maxUnavailable: 0`, or a `minAvailable` at least equal to the replicas it covers ' +
      '(`minAvailable: 1` with `replicas: 1`), no pod can ever be evicted: the node cannot be drained for ' +
      'maintenance and cluster upgrades hang.',
    bad:
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n' +
      '  maxUnavailable: 0\n  selector:\n    matchLabels:\n      app: api',
    good:
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n' +
      '  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: api',
  },
  *check({ document, objects }) {
    for (const pdb of objects) {
      if (pdb.kind !== 'PodDisruptionBudget') continue;
      const spec = getMap(pdb.doc, pdb.map, 'spec');
      if (!spec) continue;
      const maxUnavailable = findPair(pdb.doc, spec, 'maxUnavailable');
      const maxText = maxUnavailable && scalarString(maxUnavailable.value);
      if (maxUnavailable && maxText !== undefined && /^0+%?$/.test(maxText.trim())) {
        const edits = setScalar(document, maxUnavailable.value, '1');
        yield {
          range: pairRange(document, maxUnavailable),
          message: `${code(`maxUnavailable: ${maxText}`)} lets no pod be evicted, so the nodes running them cannot be drained.`,
          fixes: edits ? [{ title: 'Set `maxUnavailable: 1`', edits }] : undefined,
        };
      }
      const minAvailable = findPair(pdb.doc, spec, 'minAvailable');
      const finding = minAvailable && checkMinAvailable(document, objects, pdb, spec, minAvailable);
      if (finding) yield finding;
    }
  },
});

function checkMinAvailable(
  document: TextDocument,
  objects: readonly KubernetesObject[],
  pdb: KubernetesObject,
  spec: YAMLMap,
  pair: YamlPair,
): Finding | undefined {
  const text = scalarString(pair.value)?.trim();
  if (text === undefined) return undefined;
  const fixes = replaceWithMaxUnavailable(document, pair);
  if (text === '100%') {
    return { range: pairRange(document, pair), message: '`minAvailable: 100%` lets no pod be evicted, so the nodes running them cannot be drained.', fixes };
  }
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  const count = integerOf(pdb.doc, pair.value);
  const selector = labelsOf(pdb.doc, getMap(pdb.doc, getMap(pdb.doc, spec, 'selector'), 'matchLabels'));
  if ((count === undefined && !percent) || !selector || selector.size === 0) return undefined;
  const covered = objects.filter((object) => {
    const labels = podLabelsOf(object);
    return object.kind !== 'Pod' && sameNamespace(object, pdb) && labels !== undefined && selects(selector, labels);
  });
  const replicas = covered.map(replicasOf);
  if (covered.length === 0 || replicas.some((each) => each === undefined)) return undefined;
  const total = replicas.reduce<number>((sum, each) => sum + (each ?? 0), 0);
  // The eviction API rounds a percentage of minAvailable up.
  const wanted = percent ? Math.ceil((Number(percent[1]) / 100) * total) : (count ?? 0);
  if (wanted < total) return undefined;
  const workloads = covered.map((object) => `${object.kind} ${code(object.name ?? '?')}`).join(', ');
  return {
    range: pairRange(document, pair),
    message: `${code(`minAvailable: ${text}`)} is not below the ${total} replica${total === 1 ? '' : 's'} of ${workloads}, so no pod can be evicted and its nodes cannot be drained.`,
    fixes,
  };
}

function replaceWithMaxUnavailable(document: TextDocument, pair: YamlPair): Fix[] | undefined {
  const key = setScalar(document, pair.key, 'maxUnavailable');
  const value = setScalar(document, pair.value, '1');
  return key && value ? [{ title: 'Use `maxUnavailable: 1` instead', edits: [...key, ...value] }] : undefined;
}

/** Objects without a namespace go where `kubectl apply -n` (or kustomize) puts them: possibly the other's. */
function sameNamespace(a: KubernetesObject, b: KubernetesObject): boolean {
  return a.namespace === undefined || b.namespace === undefined || a.namespace === b.namespace;
}
