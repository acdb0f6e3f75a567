import type { Argument, Flag, Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { comparePositions } from '../../text/ranges';
import type { ParsedDockerfile } from './model';
import { slot } from '../../parsing/slots';
import { argumentsTextCache } from './instructionCaches';

export function keywordIs(instruction: Instruction, ...keywords: string[]): boolean {
  return keywords.includes(instruction.getKeyword());
}

const keywordIndex = slot<ParsedDockerfile, Map<string, Instruction[]>>('instructions by keyword');

/**
 * The instructions of `dockerfile.instructions` (ONBUILD triggers included) with one of the keywords, in
 * order: indexed once per parse, so a rule about EXPOSE reads the EXPOSE lines instead of every line.
 */
export function byKeyword(dockerfile: ParsedDockerfile, ...keywords: string[]): readonly Instruction[] {
  let index = keywordIndex.get(dockerfile);
  if (!index) {
    index = new Map();
    for (const instruction of dockerfile.instructions) {
      const keyword = instruction.getKeyword();
      const list = index.get(keyword);
      if (list) list.push(instruction);
      else index.set(keyword, [instruction]);
    }
    keywordIndex.set(dockerfile, index);
  }
  if (keywords.length === 1) return index.get(keywords[0]) ?? [];
  const key = keywords.join(' ');
  let merged = index.get(key);
  if (!merged) {
    const wanted = new Set(keywords);
    merged = dockerfile.instructions.filter((instruction) => wanted.has(instruction.getKeyword()));
    index.set(key, merged);
  }
  return merged;
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
 * breaks and comment lines blanked, the line breaks of heredocs kept as `\n`), so a match at index `i` is at `document.positionAt(offset + i)`.
 */
export function argumentsText(document: TextDocument, instruction: Instruction, escapeChar: string): { text: string; offset: number } | undefined {
  // dockerfile-ast recomputes argument ranges on every call; instructions live as long as their parse.
  const cached = argumentsTextCache.get(instruction);
  return (cached === undefined ? argumentsTextCache.set(instruction, computeArgumentsText(document, instruction, escapeChar) ?? null) : cached) ?? undefined;
}


function computeArgumentsText(document: TextDocument, instruction: Instruction, escapeChar: string): { text: string; offset: number } | undefined {
  const range = instruction.getArgumentsRange();
  if (!range) return undefined;
  const raw = document.getText(range);
  const offset = document.offsetAt(range.start);
  // One line has no continuation, comment line nor line break to blank.
  if (!raw.includes('\n')) return { text: raw, offset };
  return { text: blankContinuations(raw, escapeChar), offset };
}

/** A line that starts with `#` after blanks, as `/^\s*#/` tests it: `\s` never crosses the line's `\n`. */
const COMMENT_LINE = /[^\S\n]*#/y;

/**
 * Blanks escaped line breaks and the comment lines inside a continuation, line by line in one pass: a line
 * break that ends a logical line (the lines of a heredoc) stays one, so that patterns stop at it; escaped
 * ones, and those of comment lines inside a continuation, become blanks of the same length.
 */
function blankContinuations(raw: string, escapeChar: string): string {
  let text = '';
  let continued = false;
  for (let start = 0, index = 0; start < raw.length; index++) {
    const newline = raw.indexOf('\n', start);
    const end = newline < 0 ? raw.length : newline + 1;
    const eol = newline < 0 ? end : newline > start && raw[newline - 1] === '\r' ? newline - 1 : newline;
    COMMENT_LINE.lastIndex = start;
    const comment = index > 0 && COMMENT_LINE.test(raw);
    const escape = comment || newline < 0 ? -1 : continuationAt(raw, start, eol, escapeChar);
    continued = escape >= 0 || (continued && (comment || raw.slice(start, end).trim() === ''));
    const body = raw.slice(start, eol);
    if (comment) text += body.includes('\r') ? body.replace(/[^\r]/g, ' ') : ' '.repeat(body.length);
    else if (escape >= 0) text += `${raw.slice(start, escape)} ${raw.slice(escape + 1, eol)}`;
    else text += body;
    if (newline >= 0) text += continued ? ' '.repeat(end - eol) : eol < newline ? ' \n' : '\n';
    start = end;
  }
  return text;
}

/** Where the line escapes its line break: the escape character followed by nothing but blanks; -1 when it does not. */
function continuationAt(raw: string, start: number, eol: number, escapeChar: string): number {
  let at = eol - 1;
  while (at >= start && (raw[at] === ' ' || raw[at] === '\t')) at--;
  return at >= start && raw[at] === escapeChar ? at : -1;
}

/**
 * An argument as the builder reads it: quotes removed, and inside single quotes every character kept as
 * written (`WORKDIR 'C:\'` is `C:\`); inside double quotes the escape character only escapes `"`, `$`
 * and itself. Unquoted text is dockerfile-ast's value.
 */
export function argumentWord(document: TextDocument, argument: Argument, escapeChar = '\\'): string {
  const raw = document.getText(argument.getRange());
  if (!/["']/.test(raw) || raw.includes('\n')) return argument.getValue();
  let word = '';
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (char === escapeChar && i + 1 < raw.length && (quote === undefined || /["$`]/.test(raw[i + 1]) || raw[i + 1] === escapeChar)) {
      word += raw[++i];
    } else if (char === quote) {
      quote = undefined;
    } else if (quote === undefined && (char === '"' || char === "'")) {
      quote = char;
    } else {
      word += char;
    }
  }
  return word;
}
