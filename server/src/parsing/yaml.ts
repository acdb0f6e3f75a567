import { visit, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOfOffsets } from '../text/ranges';
import { withPlainEnv } from './plainEnv';
import { parseYamlStream } from './yamlStream';
import { slot } from './slots';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq } from './yamlNodes';

export type { Node, Pair, Scalar, YAMLMap, YAMLSeq };
export { isAlias, isMap, isPair, isScalar, isSeq };

/** One `---` document of a YAML file. Rules see only the documents without syntax errors. */
export interface YamlDocument {
  /** 0-based position of the document in the file. */
  index: number;
  doc: Document.Parsed;
  /** The root node, or null for an empty document. */
  contents: Node | null;
  /** True when the parser reported errors: rules report nothing for this document. */
  hasErrors: boolean;
}

/** A parsed YAML file. */
export interface ParsedYaml {
  documents: YamlDocument[];
  /** The documents rules may analyse: parsed without errors. */
  valid: YamlDocument[];
  /** The text that was parsed. */
  text: string;
  /** Where its documents start, when a parse of a later version may reuse them (see `parseYamlStream`). */
  cuts?: readonly number[];
}

/** A key/value pair whose key is a plain string; `value` has aliases resolved. */
export type YamlPair = Pair<Scalar<unknown>, Node | null>;

/**
 * Parses the document; the analysis of a document version (`engine/lint.ts`) parses it once, given the
 * parse of the version before when there is one: then only the documents that changed are parsed again.
 */
export function parseYaml(document: TextDocument, previous?: ParsedYaml): ParsedYaml {
  return parseYamlText(document.getText(), previous);
}

/** The first syntax error of the file: where (an offset) and the parser's first line about it. */
export function firstYamlError(parsed: ParsedYaml): { offset: number; message: string } | undefined {
  for (const { doc } of parsed.documents) {
    const error = doc.errors[0];
    if (error) return { offset: error.pos[0], message: error.message.split('\n')[0] };
  }
  return undefined;
}

export function parseYamlText(text: string, previous?: ParsedYaml): ParsedYaml {
  const earlier = previous && { text: previous.text, documents: previous.documents.map(({ doc }) => doc), cuts: previous.cuts };
  const stream = withPlainEnv(() => parseYamlStream(text, earlier));
  const list: YamlDocument[] = stream.documents.map((doc, index) => ({
    index,
    doc,
    contents: isNode(doc.contents) ? doc.contents : null,
    hasErrors: doc.errors.length > 0,
  }));
  return { documents: list, valid: list.filter((document) => !document.hasErrors), text, ...(stream.cuts && { cuts: stream.cuts }) };
}

/**
 * Each valid document with the text its findings can depend on: from the start of the line where the
 * document before it ends (or the file's start) to its own end; `line` is where that text starts.
 */
export function documentSpans(parsed: ParsedYaml, lineAt: (offset: number) => number): { yaml: YamlDocument; text: string; line: number }[] {
  const spans: { yaml: YamlDocument; text: string; line: number }[] = [];
  let end = 0;
  for (const yaml of parsed.documents) {
    const start = end;
    end = Math.max(start, yaml.doc.range[2]);
    if (yaml.hasErrors) continue;
    const lineStart = parsed.text.lastIndexOf('\n', start - 1) + 1;
    spans.push({ yaml, text: parsed.text.slice(lineStart, end), line: lineAt(lineStart) });
  }
  return spans;
}

const HELM_TEMPLATE = /\{\{-|-\}\}|\{\{\s*(?:\.Values|\.Release|\.Chart|\.Capabilities|\.Files|\.Template|\$|include\b|template\b|toYaml\b|tpl\b|if\b|else\b|end\b|range\b|with\b|define\b|default\b|required\b|quote\b)|^\s*\{\{/m;

/** True for Helm (or other Go-template) sources, which are not YAML until rendered. */
export function isHelmTemplate(text: string): boolean {
  // Every form has braces: a native search rules most files out sooner than the expression.
  return (text.includes('{{') || text.includes('}}')) && HELM_TEMPLATE.test(text);
}

// ---------------------------------------------------------------- nodes

/** Follows an alias to its anchored node; other nodes are returned as they are. */
export function resolveNode(doc: Document.Parsed, node: unknown): Node | null {
  if (isAlias(node)) {
    const targets = aliasTargets(doc);
    const target = targets.has(node) ? targets.get(node) : node.resolve(doc);
    return isNode(target) ? target : null;
  }
  return isNode(node) ? node : null;
}

const aliasTargetCache = slot<Document.Parsed, Map<Alias, Node | undefined>>('alias targets');

/**
 * What every alias of the document names: the last node before it with that anchor. Built in one walk
 * (the `yaml` package's own `resolve` walks the whole document for each alias).
 */
function aliasTargets(doc: Document.Parsed): Map<Alias, Node | undefined> {
  let targets = aliasTargetCache.get(doc);
  if (targets) return targets;
  targets = new Map();
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  aliasTargetCache.set(doc, targets);
  return targets;
}

/** The string value of a scalar key or value (numbers and booleans as their source text). */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (node.value === null) return undefined;
  return node.source ?? String(node.value);
}

function keyName(pair: Pair): string | undefined {
  return scalarString(pair.key);
}

/** True for YAML 1.2 `true` and the YAML 1.1 spellings Compose accepts (`yes`, `on`), and the string "true". */
export function isTrue(doc: Document.Parsed, node: unknown): boolean {
  const value = resolveNode(doc, node);
  if (!isScalar(value)) return false;
  if (value.value === true) return true;
  return typeof value.value === 'string' && /^(?:true|yes|on|y)$/i.test(value.value);
}

/** The map's own pair for `key`, then one inherited through `<<` merge keys (first source wins). */
export function findPair(doc: Document.Parsed, map: unknown, key: string): YamlPair | undefined {
  const node = resolveNode(doc, map);
  if (!isMap(node)) return undefined;
  let merges = false;
  for (const item of node.items) {
    const name = keyName(item);
    if (name === key) return item as YamlPair;
    merges ||= name === '<<';
  }
  return merges ? inheritedPair(doc, node, key) : undefined;
}

function inheritedPair(doc: Document.Parsed, map: YAMLMap, key: string): YamlPair | undefined {
  for (const source of mergeSources(doc, map)) {
    const pair = ownPair(source, key);
    if (pair) return pair;
  }
  return undefined;
}

/** Like findPair, and says whether the pair came from a `<<` merge (its fix would change other maps). */
export function findPairWithOrigin(doc: Document.Parsed, map: unknown, key: string): { pair: YamlPair; inherited: boolean } | undefined {
  const node = resolveNode(doc, map);
  if (!isMap(node)) return undefined;
  const own = ownPair(node, key);
  if (own) return { pair: own, inherited: false };
  const pair = inheritedPair(doc, node, key);
  return pair && { pair, inherited: true };
}

function ownPair(map: YAMLMap, key: string): YamlPair | undefined {
  for (const item of map.items) if (keyName(item) === key) return item as YamlPair;
  return undefined;
}

const mergeSourceCache = slot<YAMLMap, readonly YAMLMap[]>('merge sources');

/**
 * The maps `map` inherits keys from through `<<` merge keys, in the order their keys win (a source's own
 * merges right after it). Each map comes once and the map itself never, so self and cyclic merges end.
 */
export function mergeSources(doc: Document.Parsed, map: YAMLMap): readonly YAMLMap[] {
  const cached = mergeSourceCache.get(map);
  if (cached) return cached;
  const sources: YAMLMap[] = [];
  const seen = new Set<YAMLMap>([map]);
  const stack = directMergeSources(doc, map).reverse();
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    sources.push(next);
    const direct = directMergeSources(doc, next);
    for (let index = direct.length - 1; index >= 0; index--) stack.push(direct[index]);
  }
  mergeSourceCache.set(map, sources);
  return sources;
}

function directMergeSources(doc: Document.Parsed, map: YAMLMap): YAMLMap[] {
  const sources: YAMLMap[] = [];
  for (const item of map.items) {
    if (keyName(item) !== '<<') continue;
    const value = resolveNode(doc, item.value);
    for (const each of isSeq(value) ? value.items : [value]) {
      const source = resolveNode(doc, each);
      if (isMap(source)) sources.push(source);
    }
  }
  return sources;
}

/** The value of `key`, aliases resolved. */
export function getValue(doc: Document.Parsed, map: unknown, key: string): Node | null | undefined {
  const pair = findPair(doc, map, key);
  return pair ? resolveNode(doc, pair.value) : undefined;
}

/** Follows a path of keys through nested maps. */
export function getPath(doc: Document.Parsed, map: unknown, path: readonly string[]): Node | null | undefined {
  let node: Node | null | undefined = resolveNode(doc, map);
  for (const key of path) {
    node = getValue(doc, node, key);
    if (node === undefined || node === null) return node;
  }
  return node;
}

export function getMap(doc: Document.Parsed, map: unknown, key: string): YAMLMap | undefined {
  const value = getValue(doc, map, key);
  return isMap(value) ? value : undefined;
}

export function getString(doc: Document.Parsed, map: unknown, key: string): string | undefined {
  return scalarString(getValue(doc, map, key));
}

/** The items of a sequence, aliases resolved (null entries skipped). */
export function* sequenceItems(doc: Document.Parsed, seq: unknown): Generator<Node> {
  const node = resolveNode(doc, seq);
  if (!isSeq(node)) return;
  for (const item of node.items) {
    const resolved = resolveNode(doc, item);
    if (resolved) yield resolved;
  }
}

/** The pairs of a map with a plain key, merges not followed. */
export function* mapPairs(doc: Document.Parsed, map: unknown): Generator<{ key: string; pair: YamlPair }> {
  const node = resolveNode(doc, map);
  if (!isMap(node)) return;
  for (const item of node.items) {
    const key = keyName(item);
    if (key !== undefined && key !== '<<') yield { key, pair: item as YamlPair };
  }
}

// ---------------------------------------------------------------- ranges

/** The range of a node's own text (for a scalar: its source, quotes included; no trailing comment). */
export function nodeRange(document: TextDocument, node: unknown): Range | undefined {
  if (!isNode(node) && !isAlias(node)) return undefined;
  const range = (node as Node).range;
  if (!range) return undefined;
  return rangeOfOffsets(document, range[0], trimEnd(document.getText(), range[0], range[1]));
}

/** The range of a pair's key. */
export function keyRange(document: TextDocument, pair: Pair): Range {
  return nodeRange(document, pair.key) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** The range of a pair's value, or of its key when the value is empty. */
export function valueRange(document: TextDocument, pair: Pair): Range {
  return nodeRange(document, pair.value) ?? keyRange(document, pair);
}

/** From the start of the key to the end of the value. */
export function pairRange(document: TextDocument, pair: Pair): Range {
  const start = keyRange(document, pair).start;
  const end = nodeRange(document, pair.value)?.end ?? keyRange(document, pair).end;
  return { start, end };
}

/** Offsets [start, end) of a pair's text from the key to the end of its value. */
export function pairOffsets(text: string, pair: Pair): [number, number] | undefined {
  const key = (pair.key as Node | null)?.range;
  if (!key) return undefined;
  const value = (pair.value as Node | null)?.range;
  const end = value ? trimEnd(text, value[0], value[1]) : key[1];
  return [key[0], end];
}

export function nodeOffsets(text: string, node: unknown): [number, number] | undefined {
  if (!isNode(node) && !isAlias(node)) return undefined;
  const range = (node as Node).range;
  return range ? [range[0], trimEnd(text, range[0], range[1])] : undefined;
}

/** Block scalars' ranges end after their last line break; findings point at the text. */
function trimEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && /\s/.test(text[index - 1])) index--;
  return index;
}

/**
 * The chain of keys leading to the innermost key under `offset` (sequence items as numbers),
 * with that pair; used by hovers.
 */
export function keyPathAt(doc: Document.Parsed, offset: number): { path: (string | number)[]; pair: Pair } | undefined {
  const found = locate(doc, offset);
  return found?.pair ? { path: found.path, pair: found.pair } : undefined;
}

/** The path (keys and sequence indexes) to the deepest key or value whose text holds `offset`. */
export function nodePathAt(doc: Document.Parsed, offset: number): (string | number)[] | undefined {
  return locate(doc, offset)?.path;
}

/** The deepest key or value under `offset`: its path, and its pair when the offset is on the key. */
function locate(doc: Document.Parsed, offset: number): { path: (string | number)[]; pair?: Pair } | undefined {
  let best: { path: (string | number)[]; pair?: Pair } | undefined;
  const inside = (node: unknown) => {
    const range = (node as Node | null)?.range;
    return Boolean(range && offset >= range[0] && offset <= range[1]);
  };
  const visit = (node: unknown, path: (string | number)[], depth: number): void => {
    if (depth > 64) return;
    if (isMap(node)) {
      for (const item of node.items) {
        const key = keyName(item);
        if (key === undefined) continue;
        if (inside(item.key)) best = { path: [...path, key], pair: item };
        if (inside(item.value)) {
          best = { path: [...path, key] };
          visit(item.value, [...path, key], depth + 1);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (!inside(item)) return;
        best = { path: [...path, index] };
        visit(item, [...path, index], depth + 1);
      });
    }
  };
  visit(doc.contents, [], 0);
  return best;
}
