import type { Document } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findPairWithOrigin, isMap, isScalar, isSeq, resolveNode, scalarString, sequenceItems, type YAMLMap } from './yaml';
import { appendToSeq, insertPairs, renderFlow, replaceNode, setScalar, type YamlValue } from '../edits/yamlEdits';

/**
 * What a merge wants under a map: a scalar's source text (`'false'`), a nested map, or
 * `{ contains: 'ALL' }` for a sequence that must hold that item.
 */
export type MergeSpec = { [key: string]: string | MergeSpec | { contains: string } };

function isContains(value: unknown): value is { contains: string } {
  return typeof value === 'object' && value !== null && 'contains' in value;
}

/**
 * The edits that make `map` hold `spec`, changing only what differs: missing keys are inserted,
 * scalars with another value are replaced (unless `keepValues`: then only missing keys are added),
 * sequences get the missing item appended. Undefined when a part cannot be edited safely (aliases,
 * `<<` merges, block scalars, a key holding another type).
 */
export function mergeInto(document: TextDocument, doc: Document.Parsed, map: YAMLMap, spec: MergeSpec, keepValues = false): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const missing: [string, YamlValue][] = [];
  for (const [key, want] of Object.entries(spec)) {
    const found = findPairWithOrigin(doc, map, key);
    if (!found) {
      missing.push([key, toYamlValue(want)]);
      continue;
    }
    if (found.inherited || !map.items.includes(found.pair)) return undefined;
    const raw = found.pair.value;
    const value = resolveNode(doc, raw);
    if (raw !== value) return undefined;
    let part: TextEdit[] | undefined;
    if (typeof want === 'string') {
      if ((isScalar(value) && scalarString(value) === want) || (keepValues && isScalar(value) && value.value !== null)) continue;
      part = setScalar(document, value, want);
    } else if (isContains(want)) {
      if (!isSeq(value)) return undefined;
      if ([...sequenceItems(doc, value)].some((item) => scalarString(item) === want.contains)) continue;
      part = value.items.length > 0 || value.flow ? appendToSeq(document, value, want.contains) : undefined;
    } else {
      part = isMap(value) ? mergeInto(document, doc, value, want, keepValues) : undefined;
    }
    if (!part) return undefined;
    edits.push(...part);
  }
  if (map.flow && map.items.length === 0 && missing.length > 0) {
    // `{}`: written whole, since the inserts would have no item to put commas after.
    const part = replaceNode(document, map, renderFlow(Object.fromEntries(missing)));
    return part && joinInserts([...edits, ...part]);
  }
  if (missing.length > 0) {
    // One insert for all of them: the same text as one insert per key, joined.
    const part = insertPairs(document, map, Object.fromEntries(missing));
    if (!part) return undefined;
    edits.push(...part);
  }
  return joinInserts(edits);
}

function toYamlValue(want: string | MergeSpec | { contains: string }): YamlValue {
  if (typeof want === 'string') return want;
  if (isContains(want)) return [want.contains];
  return Object.fromEntries(Object.entries(want).map(([key, value]) => [key, toYamlValue(value)]));
}

/** Inserts at the same place become one edit, in order, so every client applies them alike. */
function joinInserts(edits: TextEdit[]): TextEdit[] {
  const joined: TextEdit[] = [];
  for (const edit of edits) {
    const previous = joined.find(
      (each) =>
        each.range.start.line === edit.range.start.line &&
        each.range.start.character === edit.range.start.character &&
        each.range.end.line === edit.range.end.line &&
        each.range.end.character === edit.range.end.character &&
        isEmpty(each) &&
        isEmpty(edit),
    );
    if (previous) previous.newText += edit.newText;
    else joined.push({ ...edit });
  }
  return joined;
}

function isEmpty(edit: TextEdit): boolean {
  return edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character;
}
