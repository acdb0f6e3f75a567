import { Argument, DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A Dockerfile parsed once per document version, with the helpers rules share. */
export interface ParsedDockerfile {
  ast: Dockerfile;
  escapeChar: string;
  instructions: Instruction[];
}

const cache = new WeakMap<TextDocument, { version: number; parsed: ParsedDockerfile }>();

export function parseDockerfile(document: TextDocument): ParsedDockerfile {
  const cached = cache.get(document);
  if (cached && cached.version === document.version) return cached.parsed;
  const ast = DockerfileParser.parse(document.getText());
  const instructions = ast.getInstructions();
  if (!process.env.CC_NO_MEMO) for (const instruction of instructions) memoiseAccessors(instruction);
  const parsed: ParsedDockerfile = { ast, escapeChar: ast.getEscapeCharacter(), instructions };
  cache.set(document, { version: document.version, parsed });
  return parsed;
}

/**
 * dockerfile-ast recomputes these from the text on every call (a character loop with a position lookup
 * per argument), and the rules read them for every instruction: each is computed once per instruction.
 * The text of a parsed document never changes, so the values cannot go stale. Every call still gets
 * new arrays, arguments and ranges, as without the memo: callers, dockerfile-ast included, shift the
 * arrays and reassign the ends of the ranges they get.
 */
const MEMOISED_ACCESSORS = [
  'getKeyword', 'getRawArguments', 'getArguments', 'getArgumentsRange', 'getRawArgumentsContent', 'getArgumentsContent',
  'getTextContent', 'getPropertyArguments',
] as const;

type Accessor = (this: Instruction) => unknown;
const memo = new WeakMap<Instruction, Map<string, unknown>>();
const wrappers = new Map<string, Accessor>(
  MEMOISED_ACCESSORS.map((name) => [
    name,
    function (this: Instruction): unknown {
      let values = memo.get(this);
      if (!values) memo.set(this, (values = new Map()));
      let value = values.get(name);
      if (value === undefined && !values.has(name)) {
        value = (Object.getPrototypeOf(this) as Record<string, Accessor>)[name]!.call(this);
        values.set(name, value);
      }
      return copy(value);
    },
  ]),
);

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Argument && value.constructor === Argument) return new Argument(value.getValue(), copyRange(value.getRange()));
  if (value !== null && typeof value === 'object' && 'start' in value && 'end' in value) return copyRange(value as Range);
  return value;
}

function copyRange({ start, end }: Range): Range {
  return { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } };
}

function memoiseAccessors(instruction: Instruction): void {
  const target = instruction as unknown as Record<string, unknown>;
  // `getFlags` caches itself but reads `getArguments` while it fills its cache: fill it first.
  if (typeof target.getFlags === 'function') {
    try {
      (instruction as Instruction & { getFlags(): unknown }).getFlags();
    } catch {
      // A rule that reads the flags meets the same error, as it would without the memo.
    }
  }
  for (const [name, wrapper] of wrappers) if (typeof target[name] === 'function') target[name] = wrapper;
}

/**
 * The arguments of an instruction as the builder sees them: escaped line breaks joined and
 * comment lines inside the continuation dropped.
 */
export function logicalArguments(rawArguments: string, escapeChar: string): string {
  const lines = rawArguments.split(/\r?\n/);
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (index > 0 && /^\s*#/.test(line)) continue;
    kept.push(stripContinuation(line, escapeChar));
  }
  return kept.join('');
}

/** True when the arguments hold a comment line between continuation lines. */
export function hasEmbeddedComment(rawArguments: string): boolean {
  return rawArguments.split(/\r?\n/).some((line, index) => index > 0 && /^\s*#/.test(line));
}

function stripContinuation(line: string, escapeChar: string): string {
  const trimmed = line.replace(/\s+$/, '');
  return trimmed.endsWith(escapeChar) ? trimmed.slice(0, -escapeChar.length) : line;
}

/** Docker's own test for exec form: the arguments parse as a JSON array of strings. */
export function parseExecForm(argumentsText: string): string[] | null {
  const text = argumentsText.trim();
  if (!text.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
  } catch {
    return null;
  }
}
