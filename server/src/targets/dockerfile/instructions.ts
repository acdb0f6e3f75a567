import type { Argument, Flag, Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { comparePositions } from '../../text/ranges';

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

/** The whole text of an instruction, keyword included: cheap, unlike dockerfile-ast's argument accessors. */
export function instructionText(document: TextDocument, instruction: Instruction): string {
  return document.getText(instruction.getRange());
}

/**
 * The arguments of an instruction as one string of the same length as in the document (escaped line
 * breaks and comment lines blanked), so a match at index `i` is at `document.positionAt(offset + i)`.
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
  const text = raw
    .split(/(?<=\n)/)
    .map((line, index) => (index > 0 && /^\s*#/.test(line) ? line.replace(/[^\r\n]/g, ' ') : line))
    .join('')
    .replace(continuationPattern(escapeChar), ' ')
    .replace(/\r?\n/g, (eol) => ' '.repeat(eol.length));
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
