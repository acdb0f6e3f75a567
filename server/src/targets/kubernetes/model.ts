// API stable
import type { Document } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { code } from '../../text/markdown';
import { parseImageReference, type ImageReference } from '../../parsing/imageReference';
import {
  findPair,
  getMap,
  getString,
  isMap,
  isScalar,
  isSeq,
  keyRange,
  mapPairs,
  nodeRange,
  resolveNode,
  scalarString,
  sequenceItems,
  valueRange,
  type Node,
  type ParsedYaml,
  type YamlDocument,
  type YamlPair,
  type YAMLMap,
  type YAMLSeq,
} from '../../parsing/yaml';
import { slot } from '../../parsing/slots';

export { isTrue } from '../../parsing/yaml';

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';

/** A container (or init/ephemeral container) of a pod spec. */
export interface KubernetesContainer {
  group: ContainerGroup;
  doc: Document.Parsed;
  /** The `containers:` (or init/ephemeral) pair and its sequence. */
  groupPair: YamlPair;
  seq: YAMLSeq;
  map: YAMLMap;
  /** `name:`, when it is a string. */
  name?: string;
  index: number;
}

/** One Kubernetes object: a document with apiVersion and kind, or an item of a `List`. */
export interface KubernetesObject {
  yaml: YamlDocument;
  doc: Document.Parsed;
  /** The object's own map. */
  map: YAMLMap;
  apiVersion: string;
  kind: string;
  /** `metadata.name` / `metadata.namespace` when they are strings. */
  name?: string;
  namespace?: string;
  metadata?: YAMLMap;
  /** The `kind:` pair: findings about the object as a whole point at its value. */
  kindPair: YamlPair;
  /** Set for items of a `List` kind. */
  listItem?: { list: YAMLMap; index: number };
  /** The pod spec of the kinds of `WORKLOAD_KINDS` (Pod, Deployment, Job, DeploymentConfig, Rollout, ...). */
  podSpec?: YAMLMap;
  /** The keys from the object's root to the pod spec, e.g. `['spec', 'template', 'spec']`. */
  podSpecPath?: string[];
  /** The pair holding the pod spec (its last `spec:`): findings about the pod as a whole point at its key. */
  podSpecPair?: YamlPair;
  /** The pod template's `metadata` map, for workloads with a template. */
  podTemplateMetadata?: YAMLMap;
  containers: KubernetesContainer[];
}

export interface KubernetesModel {
  objects: KubernetesObject[];
}

/** How a kind that runs pods keeps them: where its pod spec is, how it selects them, how many it runs. */
export interface WorkloadKind {
  /** The keys from the object's root to the pod spec. */
  podSpec: readonly string[];
  /** The API groups the kind belongs to (the part of `apiVersion` before `/`, `''` for the core group). */
  groups: readonly string[];
  /** `matchLabels` under `spec.selector`, or the labels written directly under it (ReplicationController, DeploymentConfig). */
  selector?: 'matchLabels' | 'labels';
  /** Pods count from `spec.replicas`, which defaults to 1. */
  replicas?: boolean;
  /** Its pods run to completion: probes and disruption budgets make no sense for them. */
  batch?: boolean;
}

/** Where each kind that carries a pod template keeps its pod spec: the one table every rule reads. */
export const WORKLOAD_KINDS: Readonly<Record<string, WorkloadKind>> = {
  Pod: { podSpec: ['spec'], groups: [''] },
  PodTemplate: { podSpec: ['template', 'spec'], groups: [''] },
  ReplicationController: { podSpec: ['spec', 'template', 'spec'], groups: [''], selector: 'labels', replicas: true },
  Deployment: { podSpec: ['spec', 'template', 'spec'], groups: ['apps', 'extensions'], selector: 'matchLabels', replicas: true },
  StatefulSet: { podSpec: ['spec', 'template', 'spec'], groups: ['apps'], selector: 'matchLabels', replicas: true },
  DaemonSet: { podSpec: ['spec', 'template', 'spec'], groups: ['apps', 'extensions'], selector: 'matchLabels' },
  ReplicaSet: { podSpec: ['spec', 'template', 'spec'], groups: ['apps', 'extensions'], selector: 'matchLabels', replicas: true },
  Job: { podSpec: ['spec', 'template', 'spec'], groups: ['batch'], batch: true },
  CronJob: { podSpec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'], groups: ['batch'], batch: true },
  // OpenShift; `v1` without a group is its pre-3.x legacy spelling.
  DeploymentConfig: { podSpec: ['spec', 'template', 'spec'], groups: ['apps.openshift.io', ''], selector: 'labels', replicas: true },
  // Argo Rollouts; a Rollout with `workloadRef` instead of a template has no pod spec of its own.
  Rollout: { podSpec: ['spec', 'template', 'spec'], groups: ['argoproj.io'], selector: 'matchLabels', replicas: true },
};

/** The API group of an `apiVersion` (`apps/v1` → `apps`, `v1` → `''`). */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** What the table says about an object's kind, when it carries pods and its API group is the kind's. */
export function workloadKindOf(object: Pick<KubernetesObject, 'kind' | 'apiVersion'>): WorkloadKind | undefined {
  const workload = Object.hasOwn(WORKLOAD_KINDS, object.kind) ? WORKLOAD_KINDS[object.kind] : undefined;
  return workload && workload.groups.includes(apiGroupOf(object.apiVersion)) ? workload : undefined;
}

const CONTAINER_GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers', 'ephemeralContainers'];

export function kubernetesModel(parsed: ParsedYaml): KubernetesModel {
  const objects: KubernetesObject[] = [];
  for (const yaml of parsed.valid) {
    const root = resolveNode(yaml.doc, yaml.contents);
    if (!isMap(root)) continue;
    const object = toObject(yaml, root);
    if (!object) continue;
    objects.push(object);
    if (!/List$/.test(object.kind)) continue;
    const items = resolveNode(yaml.doc, findPair(yaml.doc, root, 'items')?.value);
    if (!isSeq(items)) continue;
    items.items.forEach((item, index) => {
      const map = resolveNode(yaml.doc, item);
      const child = isMap(map) ? toObject(yaml, map) : undefined;
      if (child) objects.push({ ...child, listItem: { list: root, index } });
    });
  }
  return { objects };
}

function toObject(yaml: YamlDocument, map: YAMLMap): KubernetesObject | undefined {
  const { doc } = yaml;
  const apiVersion = getString(doc, map, 'apiVersion');
  const kindPair = findPair(doc, map, 'kind');
  const kind = getString(doc, map, 'kind');
  if (!apiVersion || !kind || !kindPair) return undefined;
  const metadata = getMap(doc, map, 'metadata');
  const object: KubernetesObject = {
    yaml,
    doc,
    map,
    apiVersion,
    kind,
    kindPair,
    metadata,
    name: metadata && getString(doc, metadata, 'name'),
    namespace: metadata && getString(doc, metadata, 'namespace'),
    containers: [],
  };
  const path = workloadKindOf(object)?.podSpec;
  if (!path) return object;
  let node: unknown = map;
  let pair: YamlPair | undefined;
  for (const key of path) {
    pair = node ? findPair(doc, node, key) : undefined;
    node = node && getMap(doc, node, key);
  }
  if (!isMap(node)) return object;
  object.podSpec = node;
  object.podSpecPair = pair;
  object.podSpecPath = [...path];
  if (path.length > 1) {
    const template = path.slice(0, -1).reduce<unknown>((at, key) => at && getMap(doc, at, key), map);
    object.podTemplateMetadata = template ? getMap(doc, template, 'metadata') : undefined;
  }
  object.containers = containersOf(doc, node);
  return object;
}

function containersOf(doc: Document.Parsed, podSpec: YAMLMap): KubernetesContainer[] {
  const containers: KubernetesContainer[] = [];
  for (const group of CONTAINER_GROUPS) {
    const groupPair = findPair(doc, podSpec, group);
    const seq = resolveNode(doc, groupPair?.value);
    if (!groupPair || !isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      const map = resolveNode(doc, item);
      if (isMap(map)) containers.push({ group, doc, groupPair, seq, map, name: getString(doc, map, 'name'), index });
    });
  }
  // In the order they are written, so findings come out in document order.
  return containers.sort((a, b) => (a.map.range?.[0] ?? 0) - (b.map.range?.[0] ?? 0));
}

// ---------------------------------------------------------------- lookups shared by the rules

/** True for kinds whose pods run to completion: probes and PDBs make no sense for them. */
export function isBatch(object: KubernetesObject): boolean {
  return workloadKindOf(object)?.batch === true;
}

/** Where a finding about a container as a whole points: its `name` value, else its first key. */
export function containerAnchor(document: TextDocument, container: KubernetesContainer): Range {
  const name = findPair(container.doc, container.map, 'name');
  if (name?.value) return valueRange(document, name);
  const first = container.map.items[0];
  return first ? keyRange(document, first) : nodeRange(document, container.map) ?? ZERO;
}

/** Where a finding about a pod spec as a whole points: the key of its `spec:` pair, else the object's kind. */
export function podSpecAnchor(document: TextDocument, object: KubernetesObject): Range {
  return object.podSpecPair ? keyRange(document, object.podSpecPair) : valueRange(document, object.kindPair);
}

/** Where a finding about the object as a whole points: its `kind` value. */
export function objectAnchor(document: TextDocument, object: KubernetesObject): Range {
  return valueRange(document, object.kindPair);
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const securityContextCache = slot<YAMLMap, YAMLMap | null>('securityContext');

/** The `securityContext` map of a container or pod spec, when it is a map; looked up once per map (most rules ask). */
export function securityContextOf(doc: Document.Parsed, map: YAMLMap | undefined): YAMLMap | undefined {
  if (!map) return undefined;
  const cached = securityContextCache.get(map);
  if (cached !== undefined) return cached ?? undefined;
  return securityContextCache.set(map, getMap(doc, map, 'securityContext') ?? null) ?? undefined;
}

/** A key of a container's securityContext, else the pod's (where the pod level has that key). */
export interface SecuritySetting {
  pair: YamlPair;
  value: Node | null;
  level: 'container' | 'pod';
}

/**
 * What each container (or pod spec, for pod-level questions) answers per path: many rules ask the same
 * questions of the same container. A container belongs to one pod spec, so it keys its own answers.
 */
const settingCache = slot<KubernetesContainer | YAMLMap, Map<string, SecuritySetting | undefined>>('security settings');

/** The container's setting at `path`, else the pod's; derived once per container and path. */
export function securitySetting(
  doc: Document.Parsed,
  object: KubernetesObject,
  container: KubernetesContainer | undefined,
  path: readonly string[],
): SecuritySetting | undefined {
  const owner = container ?? object.podSpec;
  if (!owner) return findSecuritySetting(doc, object, container, path);
  let byPath = settingCache.get(owner);
  if (!byPath) settingCache.set(owner, (byPath = new Map()));
  const key = path.join('\0');
  if (byPath.has(key)) return byPath.get(key);
  const setting = findSecuritySetting(doc, object, container, path);
  byPath.set(key, setting);
  return setting;
}

function findSecuritySetting(
  doc: Document.Parsed,
  object: KubernetesObject,
  container: KubernetesContainer | undefined,
  path: readonly string[],
): SecuritySetting | undefined {
  const levels: [SecuritySetting['level'], YAMLMap | undefined][] = [
    ['container', container && securityContextOf(doc, container.map)],
    ['pod', securityContextOf(doc, object.podSpec)],
  ];
  for (const [level, context] of levels) {
    if (!context) continue;
    let map: unknown = context;
    for (const key of path.slice(0, -1)) map = map && getMap(doc, map, key);
    const pair = map ? findPair(doc, map, path[path.length - 1]) : undefined;
    if (pair) return { pair, value: resolveNode(doc, pair.value), level };
  }
  return undefined;
}

/** A written setting with the containers it takes effect for: the pod's counts only where a container does not override it. */
export interface SettingInEffect {
  setting: SecuritySetting;
  /** "The pod" or "Container `web`", for messages. */
  owner: string;
  containers: KubernetesContainer[];
}

/**
 * The settings of `path` that take effect, in document order: each container's own, and the pod's when
 * at least one container inherits it. The one place where pod level and container level are combined.
 */
export function settingsInEffect(object: KubernetesObject, path: readonly string[]): SettingInEffect[] {
  const found = new Map<YamlPair, SettingInEffect>();
  for (const container of object.containers) {
    const setting = securitySetting(object.doc, object, container, path);
    if (!setting) continue;
    const entry = found.get(setting.pair) ?? { setting, owner: setting.level === 'pod' ? 'The pod' : describeContainer(container), containers: [] };
    entry.containers.push(container);
    found.set(setting.pair, entry);
  }
  return [...found.values()].sort((a, b) => (a.setting.pair.key?.range?.[0] ?? 0) - (b.setting.pair.key?.range?.[0] ?? 0));
}

/** True for a YAML boolean `false` (also the strings `false`, `no`, `off`). */
export function isFalse(doc: Document.Parsed, node: unknown): boolean {
  const value = resolveNode(doc, node);
  if (!isScalar(value)) return false;
  if (value.value === false) return true;
  return typeof value.value === 'string' && /^(?:false|no|off|n)$/i.test(value.value);
}

/** The integer a scalar holds (numbers, or digit strings), else undefined. */
export function integerOf(doc: Document.Parsed, node: unknown): number | undefined {
  const value = resolveNode(doc, node);
  if (!isScalar(value)) return undefined;
  if (typeof value.value === 'number' && Number.isInteger(value.value)) return value.value;
  if (typeof value.value === 'string' && /^\d+$/.test(value.value.trim())) return Number(value.value.trim());
  return undefined;
}

/** True when the image text is a template or variable we cannot judge (`${IMAGE}`, `{{ .Values }}`, `$(TAG)`). */
export function isTemplated(image: string): boolean {
  return /\$\{|\$\(|\{\{|<[^>]*>/.test(image);
}

/** The string items of a sequence with their nodes. */
export function stringItems(doc: Document.Parsed, seq: unknown): { value: string; node: Node }[] {
  const items: { value: string; node: Node }[] = [];
  for (const node of sequenceItems(doc, seq)) {
    const value = scalarString(node);
    if (value !== undefined) items.push({ value, node });
  }
  return items;
}

/** `matchLabels` of a selector map (or a plain label map, as Services and ReplicationControllers write it). */
export function labelsOf(doc: Document.Parsed, map: unknown): Map<string, string> | undefined {
  const node = resolveNode(doc, map);
  if (!isMap(node)) return undefined;
  const labels = new Map<string, string>();
  for (const { key, pair } of mapPairs(doc, node)) {
    const value = scalarString(resolveNode(doc, pair.value));
    if (value !== undefined) labels.set(key, value);
  }
  return labels;
}

/** The `spec.replicas` of a workload: its number, 1 when omitted for kinds that default to 1, undefined when unknown. */
export function replicasOf(object: KubernetesObject): number | undefined {
  if (!workloadKindOf(object)?.replicas) return undefined;
  const spec = getMap(object.doc, object.map, 'spec');
  if (!spec) return undefined;
  const pair = findPair(object.doc, spec, 'replicas');
  if (!pair) return 1;
  return integerOf(object.doc, pair.value);
}

/** The labels of the pods a workload creates (its template's, or the Pod's own). */
export function podLabelsOf(object: KubernetesObject): Map<string, string> | undefined {
  const metadata = object.kind === 'Pod' ? object.metadata : object.podTemplateMetadata;
  return metadata ? labelsOf(object.doc, getMap(object.doc, metadata, 'labels')) : undefined;
}

/** True when every label of `selector` is among `labels`. */
export function selects(selector: ReadonlyMap<string, string>, labels: ReadonlyMap<string, string>): boolean {
  for (const [key, value] of selector) if (labels.get(key) !== value) return false;
  return true;
}

/** Every container of every workload, with its object. */
export function* eachContainer(
  objects: readonly KubernetesObject[],
  groups: readonly ContainerGroup[] = CONTAINER_GROUPS,
): Generator<{ object: KubernetesObject; container: KubernetesContainer }> {
  for (const object of objects) {
    for (const container of object.containers) if (groups.includes(container.group)) yield { object, container };
  }
}

/** Every `containerPort` written as a number, with its container and pair. */
export function* eachContainerPort(objects: readonly KubernetesObject[]): Generator<{ container: KubernetesContainer; pair: YamlPair; number: number }> {
  for (const { object, container } of eachContainer(objects)) {
    for (const port of sequenceItems(object.doc, findPair(object.doc, container.map, 'ports')?.value)) {
      const pair = findPair(object.doc, port, 'containerPort');
      const number = pair && integerOf(object.doc, pair.value);
      if (pair && number !== undefined) yield { container, pair, number };
    }
  }
}

/** Every object with a pod spec. */
/** Every container's `image` that names an image rather than a template, with its parts. */
export function* eachContainerImage(objects: readonly KubernetesObject[]): Generator<{ container: KubernetesContainer; pair: YamlPair; image: string; reference: ImageReference }> {
  for (const { object, container } of eachContainer(objects)) {
    const pair = findPair(object.doc, container.map, 'image');
    const image = pair && scalarString(pair.value);
    if (pair && image && !isTemplated(image)) yield { container, pair, image, reference: parseImageReference(image) };
  }
}

export function* eachPodSpec(objects: readonly KubernetesObject[]): Generator<{ object: KubernetesObject; podSpec: YAMLMap }> {
  for (const object of objects) if (object.podSpec) yield { object, podSpec: object.podSpec };
}

/** "container `web`" (or "init container `migrate`"), for messages; user text stays in a code span. */
export function describeContainer(container: KubernetesContainer): string {
  const what = container.group === 'initContainers' ? 'Init container' : container.group === 'ephemeralContainers' ? 'Ephemeral container' : 'Container';
  return container.name ? `${what} ${code(container.name)}` : `${what} ${container.index + 1}`;
}

/** The pod's securityContext and each container's, with who owns it ("The pod", "Container `web`"). */
export function securityContexts(object: KubernetesObject): { map: YAMLMap; owner: string; container?: KubernetesContainer }[] {
  const found: { map: YAMLMap; owner: string; container?: KubernetesContainer }[] = [];
  const pod = securityContextOf(object.doc, object.podSpec);
  if (pod) found.push({ map: pod, owner: 'The pod' });
  for (const container of object.containers) {
    const map = securityContextOf(object.doc, container.map);
    if (map) found.push({ map, owner: describeContainer(container), container });
  }
  return found;
}

/** The `containerPort` numbers and port names a container declares; `udpOnly` holds those declared only as UDP. */
export function containerPorts(container: KubernetesContainer): { numbers: Set<number>; names: Set<string>; udpOnly: Set<number | string>; first?: number } {
  const numbers = new Set<number>();
  const names = new Set<string>();
  const udp = new Set<number | string>();
  const other = new Set<number | string>();
  let first: number | undefined;
  for (const port of sequenceItems(container.doc, findPair(container.doc, container.map, 'ports')?.value)) {
    const number = integerOf(container.doc, findPair(container.doc, port, 'containerPort')?.value);
    const name = getString(container.doc, port, 'name');
    const protocols = getString(container.doc, port, 'protocol')?.toUpperCase() === 'UDP' ? udp : other;
    if (number !== undefined) {
      numbers.add(number);
      protocols.add(number);
      first ??= number;
    }
    if (name) {
      names.add(name);
      protocols.add(name);
    }
  }
  return { numbers, names, udpOnly: new Set([...udp].filter((port) => !other.has(port))), first };
}

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
export type ProbeKey = (typeof PROBES)[number];

/** The `port:` pair of a probe's `httpGet`, `tcpSocket` or `grpc` handler. */
export function probePortPair(container: KubernetesContainer, probe: ProbeKey): YamlPair | undefined {
  const map = getMap(container.doc, container.map, probe);
  for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
    const pair = findPair(container.doc, getMap(container.doc, map, handler), 'port');
    if (pair) return pair;
  }
  return undefined;
}
