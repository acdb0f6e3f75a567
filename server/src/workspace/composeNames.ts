import { dirname } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { findPair, getValue, isMap, isSeq, keyRange, mapPairs, nodeRange, resolveNode, scalarString, sequenceItems } from '../parsing/yaml';
import { composeString, serviceMounts, type ComposeService } from '../targets/compose/model';
import type { WorkspaceDocument } from './model';

/** The kinds of names a service refers to, each defined by the top-level key of the same name (`depends_on`: `services`). */
export type ComposeSection = 'services' | 'networks' | 'volumes' | 'secrets' | 'configs';

/** A name a service refers to, and the node holding it. */
export interface ComposeName {
  section: ComposeSection;
  key: string;
  name: string;
  range: Range;
}

/** What the Compose files of one folder define (Compose merges `compose.yaml` with its overrides). */
export interface ComposeDefinitions {
  names: Record<ComposeSection, Set<string>>;
  /** Where each section is written, for related locations. */
  sections: Partial<Record<ComposeSection, { uri: string; range: Range }>>;
  /** True when one of the files `include`s others: their names are not known here. */
  includes: boolean;
}

const SECTIONS: readonly ComposeSection[] = ['services', 'networks', 'volumes', 'secrets', 'configs'];

export function definitionsByFolder(documents: readonly WorkspaceDocument[]): Map<string, ComposeDefinitions> {
  const folders = new Map<string, ComposeDefinitions>();
  for (const file of documents) {
    if (file.target !== 'compose') continue;
    const folder = dirname(file.path);
    const definitions = folders.get(folder) ?? { names: { services: new Set(), networks: new Set(), volumes: new Set(), secrets: new Set(), configs: new Set() }, sections: {}, includes: false };
    folders.set(folder, definitions);
    for (const { doc, root } of file.compose.files) {
      if (findPair(doc, root, 'include')) definitions.includes = true;
      for (const section of SECTIONS) {
        const pair = findPair(doc, root, section);
        if (!pair) continue;
        definitions.sections[section] ??= { uri: file.uri, range: keyRange(file.document, pair) };
        for (const { key } of mapPairs(doc, pair.value)) definitions.names[section].add(key);
      }
    }
  }
  return folders;
}

/** The names a service refers to: `depends_on` services, `networks`, named `volumes`, `secrets`, `configs`. */
export function serviceNames(document: TextDocument, service: ComposeService): ComposeName[] {
  const found: ComposeName[] = [];
  const add = (section: ComposeSection, key: string, node: unknown, name = scalarString(node)) => {
    const range = nodeRange(document, node);
    if (name && range && !name.includes('$')) found.push({ section, key, name, range });
  };
  const { doc } = service;
  for (const [key, section] of [['depends_on', 'services'], ['networks', 'networks']] as const) {
    if (key === 'networks' && service.get('network_mode')) continue;
    const value = service.value(key);
    if (isSeq(value)) for (const item of sequenceItems(doc, value)) add(section, key, item);
    for (const { key: name, pair } of mapPairs(doc, isMap(value) ? value : undefined)) {
      const required = scalarString(getValue(doc, pair.value, 'required'));
      if (required === undefined || !/^(?:false|no|off)$/i.test(required)) add(section, key, pair.key, name);
    }
  }
  for (const section of ['secrets', 'configs'] as const) {
    for (const item of sequenceItems(doc, service.value(section))) add(section, section, isMap(item) ? resolveNode(doc, getValue(doc, item, 'source')) : item);
  }
  for (const mount of serviceMounts(service)) {
    const source = mount.source;
    if (source === undefined || !isVolumeName(source)) continue;
    if (mount.syntax === 'long') {
      if (composeString(getValue(doc, mount.node, 'type')) === 'volume') add('volumes', 'volumes', mount.sourceNode, source);
      continue;
    }
    const range = nodeRange(document, mount.node);
    const at = range ? document.getText(range).indexOf(source) : -1;
    if (!range || at < 0) continue;
    const start = document.offsetAt(range.start) + at;
    found.push({ section: 'volumes', key: 'volumes', name: source, range: { start: document.positionAt(start), end: document.positionAt(start + source.length) } });
  }
  return found.sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
}

/** A short-syntax mount source that names a volume rather than a host path. */
function isVolumeName(source: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source);
}
