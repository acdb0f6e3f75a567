/**
 * Checks over a set of Kubernetes objects, from one file or from the whole workspace: each yields the
 * object at fault and the partners it was compared with.
 */
import type { Document } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getMap, getPath, findPair, isMap, isTrue, mapPairs, scalarString, resolveNode, sequenceItems, type Node, type YamlPair } from '../../parsing/yaml';
import { labelsOf, podLabelsOf, selects, type KubernetesObject } from '../../targets/kubernetes/model';

export interface LocatedObject {
  uri: string;
  document: TextDocument;
  object: KubernetesObject;
}

export const namespaceOf = (located: LocatedObject): string => located.object.namespace ?? '';

export function byNamespace(objects: readonly LocatedObject[], keep: (object: KubernetesObject) => boolean): Map<string, LocatedObject[]> {
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
export function* servicesSelectingNothing(objects: readonly LocatedObject[]): Generator<{ service: LocatedObject; selector: YamlPair; workloads: readonly LocatedObject[] }> {
  const workloads = workloadIndex(objects);
  for (const service of objects) {
    const { object } = service;
    if (object.kind !== 'Service') continue;
    const spec = getMap(object.doc, object.map, 'spec');
    const selector = spec && findPair(object.doc, spec, 'selector');
    const labels = selector && labelsOf(object.doc, selector.value);
    if (!selector || !labels || labels.size === 0) continue;
    if (scalarString(resolveNode(object.doc, findPair(object.doc, spec, 'type')?.value)) === 'ExternalName') continue;
    if ([...labels.values()].some(isTemplated)) continue;
    const candidates = workloads.in(namespaceOf(service));
    if (candidates.length === 0 || workloads.selecting(namespaceOf(service), labels).length > 0) continue;
    yield { service, selector, workloads: candidates };
  }
}

/** A name written by a template or a variable: its value is not known here. */
export const isTemplated = (value: string): boolean => value.includes('{{') || value.includes('$');

/**
 * The workloads among a set of objects, by namespace and by pod label: a selector looks up the workloads
 * that carry one of its labels instead of testing every workload, so that pairing every Service of a
 * workspace with its workloads stays linear.
 */
export class WorkloadIndex {
  private readonly namespaces = new Map<string, { all: LocatedObject[]; byLabel: Map<string, LocatedObject[]> }>();
  private readonly labels = new Map<LocatedObject, ReadonlyMap<string, string>>();

  constructor(objects: readonly LocatedObject[]) {
    for (const located of objects) {
      if (located.object.podSpec === undefined) continue;
      const labels = podLabelsOf(located.object) ?? new Map<string, string>();
      this.labels.set(located, labels);
      let namespace = this.namespaces.get(namespaceOf(located));
      if (!namespace) this.namespaces.set(namespaceOf(located), (namespace = { all: [], byLabel: new Map() }));
      namespace.all.push(located);
      for (const [key, value] of labels) {
        const list = namespace.byLabel.get(labelKey(key, value));
        if (list) list.push(located);
        else namespace.byLabel.set(labelKey(key, value), [located]);
      }
    }
  }

  /** The workloads of a namespace, in the order of the objects. */
  in(namespace: string): readonly LocatedObject[] {
    return this.namespaces.get(namespace)?.all ?? [];
  }

  /** The workloads of a namespace whose pods carry every label of `selector`, in the order of the objects. */
  selecting(namespace: string, selector: ReadonlyMap<string, string>): LocatedObject[] {
    const group = this.namespaces.get(namespace);
    if (!group) return [];
    const first = selector.entries().next();
    const candidates = first.done ? group.all : (group.byLabel.get(labelKey(...first.value)) ?? []);
    return candidates.filter((each) => selects(selector, this.labels.get(each)!));
  }
}

const labelKey = (key: string, value: string): string => `${key}\u0000${value}`;
const indexes = new WeakMap<readonly LocatedObject[], WorkloadIndex>();

/** The index of a set of objects, built once per set (the workspace rules share one). */
export function workloadIndex(objects: readonly LocatedObject[]): WorkloadIndex {
  let index = indexes.get(objects);
  if (!index) indexes.set(objects, (index = new WorkloadIndex(objects)));
  return index;
}

/** The labels a Service selects pods by; undefined for ExternalName Services and templated or empty selectors. */
export function serviceSelector(object: KubernetesObject): ReadonlyMap<string, string> | undefined {
  const spec = getMap(object.doc, object.map, 'spec');
  if (object.kind !== 'Service' || !spec || scalarString(resolveNode(object.doc, findPair(object.doc, spec, 'type')?.value)) === 'ExternalName') return undefined;
  const labels = labelsOf(object.doc, findPair(object.doc, spec, 'selector')?.value);
  return labels && labels.size > 0 && ![...labels.values()].some(isTemplated) ? labels : undefined;
}

/**
 * The `matchLabels` of a label selector (`{ matchLabels }` or a plain map), when it is the whole selector:
 * undefined with `matchExpressions`, templated values, or no labels (an empty selector matches every pod).
 */
export function plainSelector(doc: Document.Parsed, node: unknown): ReadonlyMap<string, string> | undefined {
  const selector = resolveNode(doc, node);
  if (!isMap(selector) || findPair(doc, selector, 'matchExpressions')) return undefined;
  const labels = labelsOf(doc, findPair(doc, selector, 'matchLabels')?.value);
  if (!labels || labels.size === 0 || [...labels.values()].some(isTemplated)) return undefined;
  return labels;
}

/** A reference from a pod spec to a ConfigMap or a Secret by name. */
export interface ConfigReference {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  /** The scalar naming it. */
  node: Node;
}

const ENV_FROM: Record<string, ConfigReference['kind']> = { configMapRef: 'ConfigMap', secretRef: 'Secret' };
const VALUE_FROM: Record<string, ConfigReference['kind']> = { configMapKeyRef: 'ConfigMap', secretKeyRef: 'Secret' };
const VOLUMES: Record<string, [ConfigReference['kind'], string]> = { configMap: ['ConfigMap', 'name'], secret: ['Secret', 'secretName'] };

/** The ConfigMaps and Secrets a pod spec requires: `envFrom`, `env[].valueFrom`, volumes and projected volumes, `optional: true` aside. */
export function configReferences(object: KubernetesObject): ConfigReference[] {
  const { doc } = object;
  const found: ConfigReference[] = [];
  const add = (kind: ConfigReference['kind'], map: unknown, key = 'name') => {
    const resolved = resolveNode(doc, map);
    if (!isMap(resolved) || isTrue(doc, resolveNode(doc, findPair(doc, resolved, 'optional')?.value))) return;
    const node = resolveNode(doc, findPair(doc, resolved, key)?.value);
    const name = scalarString(node);
    if (node && name && !isTemplated(name)) found.push({ kind, name, node });
  };
  for (const container of object.containers) {
    for (const item of sequenceItems(doc, findPair(doc, container.map, 'envFrom')?.value)) {
      for (const { key, pair } of mapPairs(doc, item)) if (ENV_FROM[key]) add(ENV_FROM[key], pair.value);
    }
    for (const item of sequenceItems(doc, findPair(doc, container.map, 'env')?.value)) {
      for (const { key, pair } of mapPairs(doc, getPath(doc, item, ['valueFrom']))) if (VALUE_FROM[key]) add(VALUE_FROM[key], pair.value);
    }
  }
  for (const volume of sequenceItems(doc, findPair(doc, object.podSpec, 'volumes')?.value)) {
    for (const { key, pair } of mapPairs(doc, volume)) if (VOLUMES[key]) add(VOLUMES[key][0], pair.value, VOLUMES[key][1]);
    for (const source of sequenceItems(doc, getPath(doc, volume, ['projected', 'sources']))) {
      for (const { key, pair } of mapPairs(doc, source)) if (VOLUMES[key]) add(VOLUMES[key][0], pair.value);
    }
  }
  return found;
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

/** The Services an Ingress routes to by name: `networking.k8s.io/v1` (`backend.service.name`) and the older `backend.serviceName`. */
export function ingressBackends(object: KubernetesObject): { name: string; node: Node }[] {
  const { doc } = object;
  const spec = getMap(doc, object.map, 'spec');
  const backends = [getPath(doc, spec, ['defaultBackend']), getPath(doc, spec, ['backend'])];
  for (const rule of sequenceItems(doc, getPath(doc, spec, ['rules']))) {
    for (const path of sequenceItems(doc, getPath(doc, rule, ['http', 'paths']))) backends.push(getPath(doc, path, ['backend']));
  }
  const found: { name: string; node: Node }[] = [];
  for (const backend of backends) {
    const node = resolveNode(doc, getPath(doc, backend, ['service', 'name']) ?? getPath(doc, backend, ['serviceName']));
    const name = scalarString(node);
    if (node && name && !isTemplated(name)) found.push({ name, node });
  }
  return found;
}

type ConfigKind = ConfigReference['kind'];
/** A name defined for a kind: by an object (located), or by a generator of any namespace (under `*`). */
export type DefinedConfig = { name: string; located?: LocatedObject };

/**
 * The ConfigMap and Secret names the workspace defines, by namespace: the objects themselves, SealedSecrets
 * and ExternalSecrets (the Secret they produce), and Kustomize generators (namespace `*`: their names get
 * a suffix and the references are rewritten).
 */
export function definedConfigs(objects: readonly LocatedObject[]): Record<ConfigKind, Map<string, DefinedConfig[]>> {
  const defined: Record<ConfigKind, Map<string, DefinedConfig[]>> = { ConfigMap: new Map(), Secret: new Map() };
  const add = (kind: ConfigKind, namespace: string, name: string | undefined, located?: LocatedObject) => {
    if (!name) return;
    const list = defined[kind].get(namespace) ?? [];
    list.push({ name, located });
    defined[kind].set(namespace, list);
  };
  for (const located of objects) {
    const { object } = located;
    const { doc } = object;
    const namespace = namespaceOf(located);
    if (object.kind === 'ConfigMap' || object.kind === 'Secret') add(object.kind, namespace, object.name, located);
    else if (object.kind === 'SealedSecret') add('Secret', namespace, scalarString(getPath(doc, object.map, ['spec', 'template', 'metadata', 'name'])) ?? object.name, located);
    else if (object.kind === 'ExternalSecret') add('Secret', namespace, scalarString(getPath(doc, object.map, ['spec', 'target', 'name'])) ?? object.name, located);
    else if (object.kind === 'Kustomization') {
      for (const [key, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
        for (const item of sequenceItems(doc, getPath(doc, object.map, [key]))) add(kind, '*', scalarString(getPath(doc, item, ['name'])));
      }
    }
  }
  return defined;
}
