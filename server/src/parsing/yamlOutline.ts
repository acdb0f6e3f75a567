/**
 * Where the cursor sits in a YAML document that is being typed, from indentation alone: the chain of
 * mapping keys above it (`[]` for a sequence item). Unlike a parser it works on half-written text.
 */

export interface YamlCursor {
  /** Keys from the top of the document down to the mapping the cursor is in; `[]` marks a sequence item. */
  path: string[];
  /** Column of the key being typed. */
  column: number;
  /** The line has a `- ` before the cursor: a new sequence item. */
  item: boolean;
  /** Keys already present in the mapping the cursor is in. */
  siblings: Set<string>;
}

interface Line {
  /** Column of the first `-` of an item line. */
  dash?: number;
  /** Column and name of the line's key. */
  keyColumn?: number;
  key?: string;
  blank: boolean;
  separator: boolean;
}

const KEY = /^((?:-[ \t]+)*)(["']?)([^\s"'#:{}[\],&*!|>%@`-][^"'#:]*?|-[^\s"'#:]+)\2[ \t]*:(?:[ \t]|$)/;

function lineInfo(text: string): Line {
  const indent = text.length - text.trimStart().length;
  const body = text.slice(indent);
  if (body === '' || body.startsWith('#')) return { blank: true, separator: false };
  if (/^(?:---|\.\.\.)(?:\s|$)/.test(body) && indent === 0) return { blank: false, separator: true };
  const dash = /^-(?:[ \t]|$)/.test(body) ? indent : undefined;
  const key = KEY.exec(body);
  if (key) return { dash, keyColumn: indent + key[1].length + key[2].length, key: key[3].trim(), blank: false, separator: false };
  const dashes = /^(?:-[ \t]+)*/.exec(body)![0];
  return { dash, keyColumn: dash === undefined ? indent : indent + dashes.length, blank: false, separator: false };
}

/** The cursor's place, or undefined when the text before it on its line is not a key being typed. */
export function yamlCursor(lines: readonly string[], line: number, character: number): YamlCursor | undefined {
  const before = (lines[line] ?? '').slice(0, character);
  const typing = /^([ \t]*)((?:-[ \t]+)*)[\w.-]*$/.exec(before);
  if (!typing) return undefined;
  const item = typing[2].length > 0;
  const column = typing[1].length + typing[2].length;
  const path: string[] = item ? ['[]'] : [];
  // Lines whose key starts left of `limit` are outside the mapping reached so far.
  let limit = item ? typing[1].length + 1 : column;
  let parent: number | undefined;
  for (let index = line - 1; index >= 0; index -= 1) {
    const info = lineInfo(lines[index]);
    if (info.blank) continue;
    if (info.separator) break;
    const keyColumn = info.keyColumn ?? 0;
    if (keyColumn >= limit) {
      if (info.dash !== undefined && info.dash < limit && keyColumn === limit) {
        // The first line of the sequence item whose mapping we are in.
        path.unshift('[]');
        limit = info.dash + 1;
      }
      continue;
    }
    parent ??= index;
    if (info.key !== undefined) path.unshift(info.key);
    else if (info.dash === undefined) break;
    if (info.dash !== undefined) {
      path.unshift('[]');
      limit = info.dash + 1;
    } else {
      limit = keyColumn;
    }
  }
  return { path, column, item, siblings: siblingKeys(lines, line, column, parent) };
}

function siblingKeys(lines: readonly string[], line: number, column: number, parent: number | undefined): Set<string> {
  const keys = new Set<string>();
  for (let index = (parent ?? -1) + 1; index < lines.length; index += 1) {
    if (index === line) continue;
    const info = lineInfo(lines[index]);
    if (info.blank) continue;
    if (info.separator || (info.keyColumn ?? 0) < column) {
      if (index > line) break;
      continue;
    }
    if (info.keyColumn === column && info.key !== undefined && info.dash === undefined) keys.add(info.key);
  }
  return keys;
}

/** True when the text holds nothing but blank lines, comments and document markers. */
export function isEmptyYaml(text: string): boolean {
  return text.split(/\r?\n/).every((line) => /^\s*(?:#.*)?$/.test(line) || /^(?:---|\.\.\.)\s*$/.test(line));
}
