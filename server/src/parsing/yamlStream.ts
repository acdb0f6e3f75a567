import { Alias, Composer, Pair, Parser, Scalar, YAMLMap, YAMLSeq, type Document, type Schema } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from './yamlNodes';

const OPTIONS = { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false } as const;

/** The documents of a YAML stream, and where they start when a later parse may reuse them one by one. */
export interface YamlStream {
  documents: Document.Parsed[];
  /**
   * Where the spans of the text start: 0, then every line that starts with a `---` marker. Each span but
   * the first holds exactly one document; the first holds one, or none (blank lines and comments, which
   * belong to the next document). Absent when the stream is not one whose parts parse alone (see `cutsOf`).
   */
  cuts?: readonly number[];
}

/**
 * Parses `text`; given the stream of an earlier version of the same text, parses only the spans that
 * changed and reuses the other documents (those after the change with their offsets moved). The result
 * is always the one the `yaml` package gives for the whole text: whenever that is not certain, it parses
 * the whole text.
 */
export function parseYamlStream(text: string, previous?: YamlStream & { text: string }): YamlStream {
  const cuts = cutsOf(text);
  const reused = cuts && previous?.cuts ? reuse(previous.text, previous.documents, previous.cuts, text, cuts) : undefined;
  if (reused) return { documents: reused, cuts };
  const documents = parseDocuments(text, 0);
  return cuts && aligned(documents, cuts, text.length) ? { documents, cuts } : { documents };
}

/**
 * In a stream the `yaml` lexer starts a document at every `---` in column 0 followed by a space, a tab, a
 * line break or the end; inside block scalars, quoted scalars and flow collections too, and it resets its
 * state there. A document's parse then depends on its own span alone, but for what comes before the first
 * `---` and across the marks this declines: directives (`%YAML 1.1` changes every later document), `...`
 * (after it, stream-level comments and errors attach to the document before), a byte order mark, a
 * carriage return that does not end a line.
 */
const NOT_SPLIT = /^%|^\.\.\.(?:[ \t\r\n]|$)|\r(?!\n)|\uFEFF/m;

function cutsOf(text: string): number[] | undefined {
  if (NOT_SPLIT.test(text)) return undefined;
  const cuts = [0];
  for (let at = text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 4)) {
    if (endsMarker(text.charCodeAt(at + 4))) cuts.push(at + 1);
  }
  return cuts;
}

/** Space, tab, line feed, carriage return, or the end of the text (NaN). */
function endsMarker(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

/**
 * Every span holds one document, the first span maybe none; each document but one in the first span starts
 * at its span's `---`, and each ends where its span ends. A document that ends sooner left lines to the
 * stream, which the `yaml` package gives to the next document (comments after a blank line below a
 * scalar document become the next one's `commentBefore`): then documents depend on their neighbours.
 */
function aligned(documents: readonly Document.Parsed[], cuts: readonly number[], end: number): boolean {
  const skip = cuts.length - documents.length;
  if (skip !== 0 && skip !== 1) return false;
  for (let index = skip; index < cuts.length; index++) if (!fits(documents[index - skip], cuts, index, end)) return false;
  return true;
}

/** The document fills span `index` (a document in the first span may start after blank lines and comments). */
function fits(doc: Document.Parsed, cuts: readonly number[], index: number, end: number): boolean {
  return (index === 0 || doc.range[0] === cuts[index]) && doc.range[2] === (index + 1 < cuts.length ? cuts[index + 1] : end);
}

function parseDocuments(text: string, offset: number): Document.Parsed[] {
  const parser = new Parser();
  parser.offset = offset;
  return Array.from(new Composer(OPTIONS).compose(parser.parse(text))) as Document.Parsed[];
}

/**
 * The documents of `text` from those of `oldText`: the spans equal from the start and from the end are
 * kept, the spans between are parsed. Undefined when the result might differ from a whole parse: the
 * change touches a first span of comments alone (they belong to the document after it), the new spans
 * do not parse cleanly one document each, or a document beside the change, or one to move, has errors.
 */
function reuse(oldText: string, old: readonly Document.Parsed[], oldCuts: readonly number[], text: string, cuts: readonly number[]): Document.Parsed[] | undefined {
  const skip = oldCuts.length - old.length;
  const same = (oldIndex: number, index: number) => span(oldText, oldCuts, oldIndex) === span(text, cuts, index);
  let head = 0;
  while (head < oldCuts.length && head < cuts.length && same(head, head)) head++;
  let tail = 0;
  while (tail < oldCuts.length - head && tail < cuts.length - head && same(oldCuts.length - 1 - tail, cuts.length - 1 - tail)) tail++;
  // What comes before the first `---` belongs to the document after it: a first span of comments alone is
  // kept, or parsed again with that document; the first document alone is parsed again from the start.
  if (head === 0 ? skip !== 0 : head < 1 + skip) return undefined;
  const oldEnd = oldCuts.length - tail;
  const end = cuts.length - tail;
  const before = old.slice(0, head - skip);
  const after = old.slice(oldEnd - skip);
  if (!clean(before.at(-1)) || !clean(after[0])) return undefined;
  const start = cuts[head];
  const stop = end < cuts.length ? cuts[end] : text.length;
  const changed = head < end ? parseDocuments(text.slice(start, stop), start) : [];
  if (changed.length !== end - head || !changed.every((doc, index) => clean(doc) && fits(doc, cuts, head + index, text.length))) return undefined;
  const delta = stop - (oldEnd < oldCuts.length ? oldCuts[oldEnd] : oldText.length);
  if (delta !== 0 && !after.every(clean)) return undefined;
  return [...before, ...changed, ...(delta === 0 ? after : after.map((doc) => moved(doc, delta)))];
}

function span(text: string, cuts: readonly number[], index: number): string {
  return text.slice(cuts[index], index + 1 < cuts.length ? cuts[index + 1] : text.length);
}

function clean(doc: Document.Parsed | undefined): boolean {
  return !doc || (doc.errors.length === 0 && doc.warnings.length === 0);
}

/**
 * A copy of the document with every offset moved by `delta`; the original may still be in use (a hover
 * answers from the last analysis). Nodes are rebuilt with their constructors and own fields, as the
 * parser builds them: `Document.clone` copies property descriptors, several times slower.
 */
function moved(doc: Document.Parsed, delta: number): Document.Parsed {
  const copy = Object.create(Object.getPrototypeOf(doc) as object) as Document.Parsed;
  Object.defineProperty(copy, NODE_TYPE, { value: (doc as unknown as Record<symbol, unknown>)[NODE_TYPE] });
  // String keys only: what our layers cache on the document (parsing/slots.ts) is of the original's nodes.
  for (const key of Object.keys(doc)) (copy as unknown as Record<string, unknown>)[key] = (doc as unknown as Record<string, unknown>)[key];
  copy.errors = [];
  copy.warnings = [];
  copy.options = { ...doc.options };
  copy.directives = doc.directives.clone();
  copy.schema = doc.schema.clone();
  copy.contents = movedNode(doc.contents, delta, copy.schema) as Document.Parsed['contents'];
  copy.range = [doc.range[0] + delta, doc.range[1] + delta, doc.range[2] + delta];
  return copy;
}

const NODE_TYPE = Symbol.for('yaml.node.type');

function movedNode(node: unknown, delta: number, schema: Schema): unknown {
  if (isPair(node)) return withFields(new Pair(movedNode(node.key, delta, schema), movedNode(node.value, delta, schema)), node, delta);
  if (isScalar(node)) return withFields(new Scalar(node.value), node, delta);
  if (isAlias(node)) return withFields(new Alias(node.source), node, delta);
  if (isMap(node) || isSeq(node)) {
    const copy = withFields(isMap(node) ? new YAMLMap(schema) : new YAMLSeq(schema), node, delta);
    copy.items = node.items.map((item) => movedNode(item, delta, schema));
    return copy;
  }
  return node;
}

/** Copies the node's own fields but its children onto `copy`, its range moved. */
function withFields<T extends object>(copy: T, node: object, delta: number): T {
  const to = copy as Record<string, unknown>;
  const from = node as Record<string, unknown>;
  const children = isPair(node) ? PAIR_CHILDREN : COLLECTION_CHILDREN;
  for (const key of Object.keys(from)) {
    if (key === 'range') {
      const range = from.range as [number, number, number];
      to.range = [range[0] + delta, range[1] + delta, range[2] + delta];
    } else if (!children.has(key)) to[key] = from[key];
  }
  return copy;
}

const PAIR_CHILDREN = new Set(['key', 'value']);
const COLLECTION_CHILDREN = new Set(['items']);
