import type { Argument, Flag, Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDockerfile } from './model';
import { stagesOf, type Stage } from './stages';

export { stagesOf, type Stage } from './stages';

export function finalStage(dockerfile: ParsedDockerfile): Stage | undefined {
  return stagesOf(dockerfile).at(-1);
}

/** The earlier stage a stage builds on (`FROM build`), if its image names one. */
export function parentStage(_stages: readonly Stage[], stage: Stage): Stage | undefined {
  return stage.parent;
}

/** The stage and the earlier stages it builds on, nearest first. */
export function stageChain(stages: readonly Stage[], stage: Stage): Stage[] {
  const chain = [stage];
  const seen = new Set(chain);
  for (let parent = parentStage(stages, stage); parent && !seen.has(parent); parent = parentStage(stages, parent)) {
    chain.push(parent);
    seen.add(parent);
  }
  return chain;
}

/** The external image at the root of a stage's chain (`scratch` included), or undefined for a variable. */
export function rootImage(stages: readonly Stage[], stage: Stage): string | undefined {
  return stageChain(stages, stage).at(-1)?.from.getImage() ?? undefined;
}

export function keywordIs(instruction: Instruction, ...keywords: string[]): boolean {
  return keywords.includes(instruction.getKeyword());
}

export function flagsOf(instruction: Instruction): Flag[] {
  const withFlags = instruction as Instruction & { getFlags?: () => Flag[] };
  return typeof withFlags.getFlags === 'function' ? withFlags.getFlags() : [];
}

export function flagNamed(instruction: Instruction, name: string): Flag | undefined {
  return flagsOf(instruction).find((flag) => flag.getName().toLowerCase() === name);
}

/** The arguments of an instruction after its `--flags`. */
export function argumentsAfterFlags(instruction: Instruction): Argument[] {
  const flags = flagsOf(instruction);
  const lastFlagEnd = flags.at(-1)?.getRange().end;
  const args = instruction.getArguments();
  if (!lastFlagEnd) return args;
  return args.filter((arg) => comparePositions(arg.getRange().start, lastFlagEnd) >= 0);
}

/** For COPY and ADD: the sources (every argument but the last), or none for heredocs and JSON form. */
export function copySources(instruction: Instruction): Argument[] {
  const args = argumentsAfterFlags(instruction);
  if (args.length < 2) return [];
  if (args.some((arg) => arg.getValue().startsWith('<<'))) return [];
  if (args[0].getValue().startsWith('[')) return [];
  return args.slice(0, -1);
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line === b.line ? a.character - b.character : a.line - b.line;
}

/** Insert a whole line before `line`, with the document's line ending. */
export function insertLineBefore(document: TextDocument, line: number, text: string): { range: Range; newText: string } {
  const eol = /\r\n/.test(document.getText()) ? '\r\n' : '\n';
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${text}${eol}` };
}

/** Append a whole line after the instruction that ends on `line`. */
export function insertLineAfter(document: TextDocument, line: number, text: string): { range: Range; newText: string } {
  const eol = /\r\n/.test(document.getText()) ? '\r\n' : '\n';
  if (line + 1 < document.lineCount) return insertLineBefore(document, line + 1, text);
  const end = document.positionAt(document.getText().length);
  const needsBreak = end.character > 0;
  return { range: { start: end, end }, newText: `${needsBreak ? eol : ''}${text}${eol}` };
}

/** The edit that deletes the whole lines of an instruction. */
export function deleteLines(document: TextDocument, range: Range): { range: Range; newText: string } {
  const end = range.end.line + 1 < document.lineCount ? { line: range.end.line + 1, character: 0 } : document.positionAt(document.getText().length);
  return { range: { start: { line: range.start.line, character: 0 }, end }, newText: '' };
}

/** Where to add an instruction to a stage so it comes before its CMD/ENTRYPOINT: that line, or after the stage's last line. */
export function insertionBeforeCommand(document: TextDocument, stage: Stage, text: string): { range: Range; newText: string } {
  const command = stage.instructions.find((instruction) => keywordIs(instruction, 'CMD', 'ENTRYPOINT'));
  if (command) {
    const indentation = /^\s*/.exec(document.getText({ start: { line: command.getRange().start.line, character: 0 }, end: command.getRange().start }))?.[0] ?? '';
    return insertLineBefore(document, command.getRange().start.line, `${indentation}${text}`);
  }
  const last = stage.instructions.at(-1) ?? stage.from;
  return insertLineAfter(document, last.getRange().end.line, text);
}

/** Build arguments every Dockerfile may use without declaring them. */
export const PREDEFINED_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy',
]);

/** The ARGs declared before the first FROM, with their defaults (undefined when there is none). */
export function globalArgs(dockerfile: ParsedDockerfile): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>();
  for (const arg of dockerfile.ast.getInitialARGs()) {
    const property = arg.getProperty();
    if (property) args.set(property.getName(), property.getValue() ?? undefined);
  }
  return args;
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}` with
 * `values` (unset names expand to the empty string); undefined when the text uses other syntax.
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string | undefined>): string | undefined {
  let failed = false;
  const expanded = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\{[^}]*\}?))/g, (_, braced, op, word, bare, other) => {
    if (other !== undefined) {
      failed = true;
      return '';
    }
    const value = values.get(braced ?? bare);
    if (!op) return value ?? '';
    const set = op.startsWith(':') ? Boolean(value) : value !== undefined;
    return op.endsWith('-') ? (set ? value ?? '' : word) : set ? word : '';
  });
  return failed ? undefined : expanded;
}

/** True when `editDistance(a, b) <= limit`, stopping as soon as every alignment costs more. */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (a === b) return true;
  const previous = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    let best = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const saved = previous[j];
      const cost = Math.min(saved + 1, previous[j - 1] + 1, diagonal + (char === b.charCodeAt(j - 1) ? 0 : 1));
      previous[j] = cost;
      diagonal = saved;
      if (cost < best) best = cost;
    }
    if (best > limit) return false;
  }
  return previous[b.length] <= limit;
}

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = saved;
    }
  }
  return previous[b.length];
}

/**
 * The arguments of an instruction as one string of the same length as in the document (escaped line
 * breaks and comment lines blanked, the line breaks of heredocs kept as `\n`), so a match at index `i` is at `document.positionAt(offset + i)`.
 */
export function argumentsText(document: TextDocument, instruction: Instruction, escapeChar: string): { text: string; offset: number } | undefined {
  // dockerfile-ast recomputes argument ranges on every call; instructions live as long as their parse.
  if (argumentsCache.has(instruction)) return argumentsCache.get(instruction);
  const result = computeArgumentsText(document, instruction, escapeChar);
  argumentsCache.set(instruction, result);
  return result;
}

const argumentsCache = new WeakMap<Instruction, { text: string; offset: number } | undefined>();

function computeArgumentsText(document: TextDocument, instruction: Instruction, escapeChar: string): { text: string; offset: number } | undefined {
  const range = instruction.getArgumentsRange();
  if (!range) return undefined;
  const raw = document.getText(range);
  const offset = document.offsetAt(range.start);
  // One line has no continuation, comment line nor line break to blank.
  if (!raw.includes('\n')) return { text: raw, offset };
  // A line break that ends a logical line (the lines of a heredoc) stays one, so that patterns
  // stop at it; escaped ones, and those of comment lines inside a continuation, become blanks.
  let continued = false;
  const text = raw
    .split(/(?<=\n)/)
    .map((line, index) => {
      const comment = index > 0 && /^\s*#/.test(line);
      const body = comment ? line.replace(/[^\r\n]/g, ' ') : line;
      const escaped = continuationPattern(escapeChar).test(body);
      continuationPattern(escapeChar).lastIndex = 0;
      continued = escaped || ((comment || body.trim() === '') && continued);
      const blanked = body.replace(continuationPattern(escapeChar), ' ');
      return continued ? blanked.replace(/\r?\n/g, (eol) => ' '.repeat(eol.length)) : blanked.replace(/\r\n/g, ' \n');
    })
    .join('');
  return { text, offset };
}

const continuationPatterns = new Map<string, RegExp>();

function continuationPattern(escapeChar: string): RegExp {
  let pattern = continuationPatterns.get(escapeChar);
  if (!pattern) {
    const escaped = escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    pattern = new RegExp(`${escaped}(?=[ \\t]*\\r?\\n)`, 'g');
    continuationPatterns.set(escapeChar, pattern);
  }
  return pattern;
}

export function rangeAt(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

/** A final stage meant for development or tests (`AS dev`, `AS dev-envs`, `AS test`), not for shipping. */
export function isDevelopmentStage(stage: Stage): boolean {
  return /^(?:dev|devel|develop|development|dev-?envs?|devcontainer|debug|test|tests|testing|ci)$/.test(stage.name ?? '');
}

/** The whole text of an instruction, keyword included: cheap, unlike dockerfile-ast's argument accessors. */
export function instructionText(document: TextDocument, instruction: Instruction): string {
  return document.getText(instruction.getRange());
}
