/**
 * Checks over a set of Kubernetes objects, from one file or from the whole workspace: each yields the
 * object at fault and the partners it was compared with.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getMap, findPair, scalarString, resolveNode, type YamlPair } from '../../parsing/yaml';
import { labelsOf, podLabelsOf, selects, type KubernetesObject } from '../../targets/kubernetes/model';

export interface LocatedObject {
  uri: string;
  document: TextDocument;
  object: KubernetesObject;
}

const namespaceOf = (located: LocatedObject): string => located.object.namespace ?? '';

function byNamespace(objects: readonly LocatedObject[], keep: (object: KubernetesObject) => boolean): Map<string, LocatedObject[]> {
  const groups = new Map<string, LocatedObject[]>();
  for (const located of objects) {
    if (!keep(located.object)) continue;
    const list = groups.get(namespaceOf(located)) ?? [];
    list.push(located);
    groups.set(namespaceOf(located), list);
  }
  return groups;
}

/** Services whose selector matches the pods of no workload, where the namespace has workloads at all. */
export function* servicesSelectingNothing(objects: readonly LocatedObject[]): Generator<{ service: LocatedObject; selector: YamlPair; workloads: LocatedObject[] }> {
  const workloads = byNamespace(objects, (object) => object.podSpec !== undefined);
  for (const service of objects) {
    const { object } = service;
    if (object.kind !== 'Service') continue;
    const spec = getMap(object.doc, object.map, 'spec');
    const selector = spec && findPair(object.doc, spec, 'selector');
    const labels = selector && labelsOf(object.doc, selector.value);
    if (!selector || !labels || labels.size === 0) continue;
    if (scalarString(resolveNode(object.doc, findPair(object.doc, spec, 'type')?.value)) === 'ExternalName') continue;
    if ([...labels.values()].some((value) => value.includes('{{') || value.includes('$'))) continue;
    const candidates = workloads.get(namespaceOf(service)) ?? [];
    if (candidates.length === 0) continue;
    if (candidates.some((workload) => selects(labels, podLabelsOf(workload.object) ?? new Map()))) continue;
    yield { service, selector, workloads: candidates };
  }
}

/** Pod specs naming a service account that no ServiceAccount defines, where the namespace defines some. */
export function* undefinedServiceAccounts(objects: readonly LocatedObject[]): Generator<{ workload: LocatedObject; pair: YamlPair; name: string; accounts: LocatedObject[] }> {
  const accounts = byNamespace(objects, (object) => object.kind === 'ServiceAccount' && object.name !== undefined);
  for (const workload of objects) {
    const { object } = workload;
    if (!object.podSpec) continue;
    const pair = findPair(object.doc, object.podSpec, 'serviceAccountName') ?? findPair(object.doc, object.podSpec, 'serviceAccount');
    const name = pair && scalarString(resolveNode(object.doc, pair.value));
    if (!pair || !name || name === 'default' || name.includes('{{') || name.includes('$')) continue;
    const defined = accounts.get(namespaceOf(workload)) ?? [];
    if (defined.length === 0 || defined.some((account) => account.object.name === name)) continue;
    yield { workload, pair, name, accounts: defined };
  }
}
