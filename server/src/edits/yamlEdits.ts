import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq, nodeOffsets, pairOffsets } from '../parsing/yaml';
import { endOfLine } from '../text/endOfLine';

/**
 * Text-preserving YAML edits: each returns the edits, or undefined when the change cannot be made
 * safely (the caller then offers no fix). Only the text of the changed node moves; comments,
 * quoting, indentation and line endings of everything else stay as they are.
 */

/** A value to write: a string is written as it is (already quoted if needed); arrays become flow sequences. */
export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

/** An anchored node may be used elsewhere through an alias: editing it would change those places too. */
function shared(node: unknown): boolean {
  return Boolean((node as { anchor?: string } | null)?.anchor);
}

/** True when removing or replacing the node would drop an anchor that aliases may refer to. */
function containsAnchor(node: unknown, depth = 0): boolean {
  if (!node || typeof node !== 'object' || depth > 64) return false;
  if (shared(node)) return true;
  if (isMap(node)) return node.items.some((pair) => containsAnchor(pair.key, depth + 1) || containsAnchor(pair.value, depth + 1));
  if (isSeq(node)) return node.items.some((item) => containsAnchor(item, depth + 1));
  return false;
}

function edit(document: TextDocument, start: number, end: number, newText: string): TextEdit {
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText };
}

/** Where the line holding `offset` starts; a byte order mark is not part of the first line. */
function lineStartOf(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return start === 0 && text.startsWith('\ufeff') && offset > 0 ? 1 : start;
}

/** Offset of the line break ending the line that holds `offset` (or the end of the text). */
function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** True when only whitespace and a comment follow `offset` on its line. */
function restOfLineIsBlank(text: string, offset: number): boolean {
  return /^[ \t]*(?:#.*)?$/.test(text.slice(offset, lineEndOf(text, offset)));
}

/** Removes a pair: its whole line(s) in a block map, the pair and one comma in a flow map. */
export function removePair(document: TextDocument, map: YAMLMap, pair: Pair): TextEdit[] | undefined {
  const text = document.getText();
  const offsets = pairOffsets(text, pair);
  if (!offsets || !map.items.includes(pair) || shared(map) || containsAnchor(pair.key) || containsAnchor(pair.value)) return undefined;
  const [start, end] = offsets;
  if (map.flow) return [removeFlowItem(document, text, start, end, map.items.length)];
  // Removing the only pair would turn the map into null, which changes the parent's meaning.
  if (map.items.length < 2) return undefined;
  return removeLines(document, text, start, end, /^[ \t]*$/);
}

/** Removes one item of a sequence (never the last one left). */
export function removeSeqItem(document: TextDocument, seq: YAMLSeq, item: unknown): TextEdit[] | undefined {
  const text = document.getText();
  const offsets = nodeOffsets(text, item);
  if (!offsets || !seq.items.includes(item as Node) || seq.items.length < 2 || shared(seq) || containsAnchor(item)) return undefined;
  const [start, end] = offsets;
  if (seq.flow) return [removeFlowItem(document, text, start, end, seq.items.length)];
  return removeLines(document, text, start, end, /^[ \t]*-[ \t]+$/);
}

/** Removes one item of the sequence `pair` holds; removing its last item removes the pair instead (never a null key). */
export function removeSeqItemOrPair(document: TextDocument, map: YAMLMap, pair: Pair, item: unknown): TextEdit[] | undefined {
  const seq = pair.value;
  if (!isSeq(seq) || !seq.items.includes(item as Node)) return undefined;
  return seq.items.length === 1 ? removePair(document, map, pair) : removeSeqItem(document, seq, item);
}

function removeLines(document: TextDocument, text: string, start: number, end: number, prefix: RegExp): TextEdit[] | undefined {
  const lineStart = lineStartOf(text, start);
  if (!prefix.test(text.slice(lineStart, start)) || !restOfLineIsBlank(text, end)) return undefined;
  const lineEnd = lineEndOf(text, end);
  if (lineEnd < text.length) {
    const afterBreak = text[lineEnd] === '\r' ? lineEnd + 2 : lineEnd + 1;
    return [edit(document, lineStart, afterBreak, '')];
  }
  // Last line without a line break: remove the break before it instead.
  const previousBreak = lineStart > 1 && text[lineStart - 2] === '\r' ? lineStart - 2 : Math.max(lineStart - 1, 0);
  return [edit(document, previousBreak, lineEnd, '')];
}

function removeFlowItem(document: TextDocument, text: string, start: number, end: number, count: number): TextEdit {
  if (count < 2) return edit(document, start, end, '');
  let after = end;
  while (/\s/.test(text[after] ?? '')) after++;
  if (text[after] === ',') {
    after++;
    while (text[after] === ' ' || text[after] === '\t') after++;
    return edit(document, start, after, '');
  }
  let before = start;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  if (text[before - 1] === ',') before--;
  return edit(document, before, end, '');
}

/** Replaces a scalar's text (quotes included) with `newText`. */
export function setScalar(document: TextDocument, node: unknown, newText: string): TextEdit[] | undefined {
  if (!isScalar(node) || String(node.type).startsWith('BLOCK') || shared(node)) return undefined;
  const offsets = nodeOffsets(document.getText(), node);
  return offsets ? [edit(document, offsets[0], offsets[1], newText)] : undefined;
}

/** Replaces any node's text with `newText` (the caller writes text valid at that position). */
export function replaceNode(document: TextDocument, node: unknown, newText: string): TextEdit[] | undefined {
  if (containsAnchor(node)) return undefined;
  const offsets = nodeOffsets(document.getText(), node);
  return offsets ? [edit(document, offsets[0], offsets[1], newText)] : undefined;
}

/** Appends `key: value` to a map, at the map's indentation; nested maps use the file's indentation step. */
export function insertPair(document: TextDocument, map: YAMLMap, key: string, value: YamlValue): TextEdit[] | undefined {
  return insertPairs(document, map, { [key]: value });
}

/** Appends several pairs to a map in one edit (see insertPair). */
export function insertPairs(document: TextDocument, map: YAMLMap, entries: { [key: string]: YamlValue }): TextEdit[] | undefined {
  const text = document.getText();
  const eol = endOfLine(text);
  const range = map.range;
  const keys = Object.entries(entries);
  if (!range || keys.length === 0 || shared(map)) return undefined;
  if (map.flow) {
    const close = text.lastIndexOf('}', range[1]);
    if (close < range[0]) return undefined;
    const rendered = keys.map(([key, value]) => `${key}: ${renderFlow(value)}`).join(', ');
    const last = map.items.at(-1);
    if (!last) return [edit(document, close, close, rendered)];
    const lastEnd = pairOffsets(text, last)?.[1];
    if (lastEnd === undefined || text.slice(lastEnd, close).includes('#')) return undefined;
    return [edit(document, lastEnd, lastEnd, `, ${rendered}`)];
  }
  const first = map.items[0];
  const last = map.items.at(-1);
  const firstOffsets = first && pairOffsets(text, first);
  const lastOffsets = last && pairOffsets(text, last);
  if (!firstOffsets || !lastOffsets) return undefined;
  const column = keyColumn(text, firstOffsets[0]);
  if (column === undefined) return undefined;
  const indent = ' '.repeat(column);
  const step = indentStep(text, map, column);
  const lines = keys.map(([key, value]) => `${key}:${renderBlock(value, column + step, step, eol)}`);
  const lastValue = last.value as Node | null;
  const keepsTrailingLines = isScalar(lastValue) && String(lastValue.type).startsWith('BLOCK');
  if (!keepsTrailingLines) {
    const at = lineEndOf(text, lastOffsets[1]);
    return [edit(document, at, at, lines.map((line) => `${eol}${indent}${line}`).join(''))];
  }
  // After a block scalar the new line could change its trailing line breaks: insert before the first key.
  const lineStart = lineStartOf(text, firstOffsets[0]);
  if (!/^[ \t]*$/.test(text.slice(lineStart, firstOffsets[0]))) return undefined;
  return [edit(document, firstOffsets[0], firstOffsets[0], lines.map((line) => `${line}${eol}${indent}`).join(''))];
}

/** Appends an item (text valid in flow and block context) to a sequence. */
export function appendToSeq(document: TextDocument, seq: YAMLSeq, item: string): TextEdit[] | undefined {
  const text = document.getText();
  const range = seq.range;
  if (!range || shared(seq)) return undefined;
  const last = seq.items.at(-1);
  const lastEnd = last ? nodeOffsets(text, last)?.[1] : undefined;
  if (seq.flow) {
    const close = text.lastIndexOf(']', range[1]);
    if (close < range[0]) return undefined;
    if (lastEnd === undefined) return [edit(document, close, close, item)];
    if (text.slice(lastEnd, close).includes('#')) return undefined;
    return [edit(document, lastEnd, lastEnd, `, ${item}`)];
  }
  if (lastEnd === undefined) return undefined;
  if (isScalar(last) && String(last.type).startsWith('BLOCK')) return undefined;
  const dash = text.lastIndexOf('-', (last as Node).range?.[0] ?? lastEnd);
  if (dash < range[0] - 1 || dash < 0) return undefined;
  const at = lineEndOf(text, lastEnd);
  return [edit(document, at, at, `${endOfLine(text)}${' '.repeat(columnOf(text, dash))}- ${item}`)];
}

/**
 * The column a block map's keys start at, given its first key: an anchor or tag written before that key
 * (`&b runAsUser: 1000`) belongs to the key's line, so the map starts where they do. Undefined when
 * anything else precedes the key on its line.
 */
function keyColumn(text: string, keyOffset: number): number | undefined {
  const prefix = text.slice(lineStartOf(text, keyOffset), keyOffset);
  const start = prefix.replace(/(?:[&!][^\s]*[ \t]+)+$/, '');
  if (!/^[ \t]*(?:-[ \t]+)*$/.test(start)) return undefined;
  return start.length;
}

/** The indentation step of nested block collections in this map, else 2. */
function indentStep(text: string, map: YAMLMap, column: number): number {
  for (const item of map.items) {
    const value = item.value as Node | null;
    if ((isMap(value) || isSeq(value)) && !value.flow && value.range) {
      const step = columnOf(text, value.range[0]) - column;
      if (step > 0 && isMap(value)) return step;
    }
  }
  return 2;
}

function renderBlock(value: YamlValue, column: number, step: number, eol: string): string {
  if (typeof value === 'string') return ` ${value}`;
  if (Array.isArray(value)) return ` ${renderFlow(value)}`;
  const entries = Object.entries(value);
  if (entries.length === 0) return ' {}';
  const indent = ' '.repeat(column);
  return entries.map(([key, each]) => `${eol}${indent}${key}:${renderBlock(each, column + step, step, eol)}`).join('');
}

export function renderFlow(value: YamlValue): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(renderFlow).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, each]) => `${key}: ${renderFlow(each)}`)
    .join(', ')}}`;
}

/** Appends text to a plain or quoted scalar, inside its quotes (`"a:b"` + `:ro` → `"a:b:ro"`). */
export function appendToScalar(document: TextDocument, node: unknown, suffix: string): TextEdit[] | undefined {
  if (!isScalar(node) || shared(node)) return undefined;
  const offsets = nodeOffsets(document.getText(), node);
  if (!offsets) return undefined;
  if (node.type === 'PLAIN') return [edit(document, offsets[1], offsets[1], suffix)];
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    if (/[\\"']/.test(suffix)) return undefined;
    return [edit(document, offsets[1] - 1, offsets[1] - 1, suffix)];
  }
  return undefined;
}

/** Prepends text to a plain or quoted scalar, inside its quotes. */
export function prependToScalar(document: TextDocument, node: unknown, prefix: string): TextEdit[] | undefined {
  if (!isScalar(node) || shared(node)) return undefined;
  const offsets = nodeOffsets(document.getText(), node);
  if (!offsets) return undefined;
  if (node.type === 'PLAIN') return [edit(document, offsets[0], offsets[0], prefix)];
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
    if (/[\\"']/.test(prefix)) return undefined;
    return [edit(document, offsets[0] + 1, offsets[0] + 1, prefix)];
  }
  return undefined;
}
