import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../../engine/rule';
import type { KubernetesContainer, KubernetesObject } from './model';
import { findPairWithOrigin, type YamlPair, type YAMLMap } from '../../parsing/yaml';
import { removePair } from '../../edits/yamlEdits';
import { mergeInto, type MergeSpec } from '../../parsing/yamlMerge';
import { fixOf } from '../../edits/fixes';

/** The restricted Pod Security Standard's container settings, in the order we write them. */
export const RESTRICTED_CONTAINER_CONTEXT: MergeSpec = {
  allowPrivilegeEscalation: 'false',
  runAsNonRoot: 'true',
  readOnlyRootFilesystem: 'true',
  capabilities: { drop: { contains: 'ALL' } },
  seccompProfile: { type: 'RuntimeDefault' },
};

/** True when the container's map is written in place (not an alias of one written elsewhere). */
function ownContainer(container: KubernetesContainer): boolean {
  return container.seq.items[container.index] === container.map;
}

/** Merges `spec` into the container's `securityContext` (creating it when missing). */
export function containerSecurityFix(document: TextDocument, container: KubernetesContainer, spec: MergeSpec, title: string): Fix | undefined {
  return containerFix(document, container, { securityContext: spec }, title);
}

/** The restricted defaults merged into what the container's securityContext already says. */
export function restrictedContextFix(document: TextDocument, container: KubernetesContainer): Fix | undefined {
  return containerSecurityFix(document, container, RESTRICTED_CONTAINER_CONTEXT, 'Add the restricted securityContext defaults to this container');
}

/** Merges `spec` into a map of the object written in place (the pod spec, metadata, …). */
export function mapFix(
  document: TextDocument,
  object: KubernetesObject,
  map: YAMLMap | undefined,
  spec: MergeSpec,
  title: string,
  keepValues = false,
): Fix | undefined {
  if (!map) return undefined;
  return fixOf(title, mergeInto(document, object.doc, map, spec, keepValues));
}

/** Merges `spec` into the container's own map (resources, probes), when it is written in place. */
export function containerFix(document: TextDocument, container: KubernetesContainer, spec: MergeSpec, title: string, keepValues = false): Fix | undefined {
  if (!ownContainer(container)) return undefined;
  return fixOf(title, mergeInto(document, container.doc, container.map, spec, keepValues));
}

/** Removes a pair the map writes itself (never one inherited through `<<`). */
export function removePairFix(document: TextDocument, object: KubernetesObject, map: YAMLMap, pair: YamlPair, title: string): Fix | undefined {
  const found = findPairWithOrigin(object.doc, map, String((pair.key as { value?: unknown }).value));
  if (!found || found.inherited || found.pair !== pair) return undefined;
  return fixOf(title, removePair(document, map, pair));
}
