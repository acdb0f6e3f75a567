import type { Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { parseExecForm } from '../targets/dockerfile/execForm';
import { slot } from '../parsing/slots';
import { rangeOfOffsets } from '../text/ranges';

/**
 * RUN commands analysed as shell. No npm parser fits a synchronous rule engine with a 1 ms budget per
 * file (measured on one 160-character RUN: mvdan-sh 560 µs per parse, bash-parser 1.9 ms and no
 * heredocs, sh-syntax only async at 11 ms), so this is a small tokenizer that keeps document offsets.
 */

/** What joins a command to the next one. `\n` separates the lines of a heredoc script. */
export type Joiner = '&&' | '||' | '|' | '|&' | ';' | '&' | '\n';

export interface ShellWord {
  /** The word as written (quotes kept). */
  raw: string;
  /** The word with quotes and escapes removed; expansions stay as written. */
  value: string;
  /** Document offsets of the word. */
  start: number;
  end: number;
  range: Range;
  /** True when the word holds `$…` or backticks outside single quotes. */
  dynamic: boolean;
  /** True for a JSON string of an exec-form RUN (`"install"`). */
  json?: boolean;
}

export interface ShellCommand {
  /** argv: the command name first. Leading `VAR=value` words and redirections are not in it. */
  words: ShellWord[];
  assignments: ShellWord[];
  /** Redirection operators with their target word (`> /dev/null`, `2>&1`, `<<EOF`). */
  redirects: { operator: string; target?: ShellWord }[];
  /** Operators on either side; null at the ends of the script. */
  before: Joiner | null;
  after: Joiner | null;
  /** Document offset of the joiner after the command, when there is one. */
  afterOffset?: number;
  /** True inside `( … )`, where `cd` and `set` do not outlive the parentheses. */
  subshell: boolean;
}

export interface ShellScript {
  commands: ShellCommand[];
  /** The first `|` of a pipeline, when there is one. */
  pipe?: { start: number; end: number; range: Range };
  /** True for `RUN ["executable", "arg"]`: one command, no shell. */
  execForm: boolean;
  /** True when the script holds a heredoc whose body could not be analysed as shell. */
  opaqueHeredoc: boolean;
  /** Document offsets of the command text (after the RUN flags). */
  start: number;
  end: number;
}

const cache = slot<Instruction, ShellScript>('shell script');
/** The analysis of the same instruction in an earlier version of the document, and how much further on it is now. */
const carried = slot<Instruction, { script: ShellScript; delta: number }>('shell script carried over');

/** Drops the instruction's cached shell analysis (computed again if asked for). */
export function forgetCommands(instruction: Instruction): void {
  cache.delete(instruction);
  carried.delete(instruction);
}

/** The simple commands of a RUN (or any shell-form instruction), cached per parsed instruction. */
export function commandsOf(document: TextDocument, instruction: Instruction, escapeChar: string): ShellScript {
  let script = cache.get(instruction);
  if (script) return script;
  const earlier = carried.get(instruction);
  if (earlier) carried.delete(instruction);
  // At the same offsets the earlier analysis is the answer: its words read their lines and columns through
  // the earlier document, whose text up to them has the same lines of the same lengths.
  script = earlier ? (earlier.delta === 0 ? earlier.script : movedScript(earlier.script, document, earlier.delta)) : analyse(document, instruction, escapeChar);
  return cache.set(instruction, script);
}

/**
 * Lends `copy`, the same instruction in a later version of the document, written `delta` characters
 * further on (the escape character unchanged), the analysis `earlier` has or was lent: `commandsOf(copy)`
 * then gives the same words at their new offsets, read through the new document, without tokenizing.
 * The analysis depends on the instruction's own text alone, so it is what tokenizing `copy` would give.
 */
export function carryCommands(earlier: Instruction, copy: Instruction, delta: number): void {
  const script = cache.get(earlier);
  if (script) {
    carried.set(copy, { script, delta });
    return;
  }
  const lent = carried.get(earlier);
  if (lent) carried.set(copy, { script: lent.script, delta: lent.delta + delta });
}

function movedScript(script: ShellScript, document: TextDocument, delta: number): ShellScript {
  // The tokenizer puts each word in one list of one command: nothing is shared that a copy must keep shared.
  const move = (word: ShellWord): ShellWord => {
    const moved = new Word(word.raw, word.value, word.start + delta, word.end + delta, word.dynamic, document);
    if (word.json) moved.json = true;
    return moved;
  };
  const commands = script.commands.map((each): ShellCommand => {
    const moved: ShellCommand = {
      words: each.words.map(move),
      assignments: each.assignments.map(move),
      redirects: each.redirects.map(({ operator, target }) => (target ? { operator, target: move(target) } : { operator })),
      before: each.before,
      after: each.after,
      subshell: each.subshell,
    };
    if ('afterOffset' in each) moved.afterOffset = each.afterOffset === undefined ? undefined : each.afterOffset + delta;
    return moved;
  });
  const moved: ShellScript = { commands, execForm: script.execForm, opaqueHeredoc: script.opaqueHeredoc, start: script.start + delta, end: script.end + delta };
  if ('pipe' in script) {
    const { pipe } = script;
    moved.pipe = pipe && { start: pipe.start + delta, end: pipe.end + delta, range: rangeOfOffsets(document, pipe.start + delta, pipe.end + delta) };
  }
  return moved;
}

/** A command with wrappers such as `sudo`, `env X=1`, `exec`, `nohup` removed: the program that really runs. */
export function effectiveWords(command: ShellCommand): ShellWord[] {
  const words = command.words;
  let index = 0;
  for (;;) {
    const name = words[index]?.value;
    if (name === 'sudo' || name === 'doas') {
      index++;
      while (words[index]?.value.startsWith('-')) index += /^-[ugCDhpTrt]$/.test(words[index].value) ? 2 : 1;
    } else if (name === 'env') {
      index++;
      while (words[index] && (words[index].value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[index].value))) index++;
    } else if (name === 'exec' || name === 'nohup' || name === 'command' || name === 'time' || name === 'builtin') {
      index++;
    } else {
      return words.slice(index);
    }
  }
}

/** The base name of a command word: `/usr/bin/apt-get` → `apt-get`. */
export function commandName(word: ShellWord | undefined): string {
  if (!word) return '';
  const slash = word.value.lastIndexOf('/');
  return slash >= 0 ? word.value.slice(slash + 1) : word.value;
}

/** The words after the command name that are not flags (best effort: flag values are not known). */
export function operands(words: ShellWord[]): ShellWord[] {
  return words.slice(1).filter((word) => !word.value.startsWith('-'));
}

/**
 * The argv of a simple command written as one string (a shell-form CMD or ENTRYPOINT), or why it cannot
 * be known without running a shell: expansions, operators, redirections, globs, comments. Words end
 * where the tokenizer ends them; each must be free of anything a shell would expand.
 */
export function splitShellWords(command: string): { words: string[] } | { reason: string } {
  const words: string[] = [];
  for (let i = 0; i < command.length; ) {
    const char = command[i];
    if (char === ' ' || char === '\t') {
      i++;
      continue;
    }
    if ('|&;<>()'.includes(char)) return { reason: `\`${/^(&&|\|\||>>|<<|.)/.exec(command.slice(i))?.[0]}\` is a shell operator` };
    const end = scanWord(command, i);
    const reason = needsShell(command, i, end);
    if (reason) return { reason };
    words.push(unquote(command.slice(i, end)));
    i = end;
  }
  return words.length > 0 ? { words } : { reason: 'it is empty' };
}

/** Why the word at `[start, end)` needs a shell, first problem first; undefined when it is static. */
function needsShell(command: string, start: number, end: number): string | undefined {
  let empty = true;
  for (let i = start; i < end; i++) {
    const char = command[i];
    if (char === "'") {
      const close = command.indexOf("'", i + 1);
      if (close < 0) return 'it has an unterminated single quote';
      empty &&= close === i + 1;
      i = close;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < command.length && command[j] !== '"'; j++) {
        if (command[j] === '$' || command[j] === '`') return `\`${expansionAt(command, j)}\` needs a shell to expand it`;
        if (command[j] === '\\' && '"\\$`'.includes(command[j + 1] ?? '')) j++;
      }
      if (j >= command.length) return 'it has an unterminated double quote';
      empty &&= j === i + 1;
      i = j;
    } else if (char === '\\') {
      if (i + 1 >= command.length) return 'it ends with a backslash';
      empty = false;
      i++;
    } else if (char === '$' || char === '`') {
      return `\`${expansionAt(command, i)}\` needs a shell to expand it`;
    } else if (char === '#' && empty) {
      return 'it has a shell comment';
    } else if (/[*?[\]{}~]/.test(char)) {
      return `\`${char}\` is expanded by the shell`;
    } else {
      empty = false;
    }
  }
  return undefined;
}

function expansionAt(command: string, index: number): string {
  const match = /^(\$\{[^}]*\}?|\$\(|\$[A-Za-z_][A-Za-z0-9_]*|\$.|`)/.exec(command.slice(index));
  return match ? match[0] : command[index];
}

// ---------------------------------------------------------------------------------------------
// Dockerfile layer: line continuations, comment lines, heredoc bodies.

interface Source {
  text: string;
  /** Runs of `text` that are contiguous in the document: `text[at]` is at document offset `offset`. */
  segments: { at: number; offset: number }[];
}

function analyse(document: TextDocument, instruction: Instruction, escapeChar: string): ShellScript {
  const full = document.getText();
  const end = document.offsetAt(instruction.getRange().end);
  const start = commandStart(full, document.offsetAt(instruction.getInstructionRange().end), end, escapeChar);
  const { line, rest } = commandLine(full, start, end, escapeChar);
  const base = { start, end, opaqueHeredoc: false };

  const execValues = line.text.trimStart().startsWith('[') ? parseExecForm(line.text) : null;
  if (execValues) {
    const words = jsonStrings(line, document);
    return { ...base, execForm: true, commands: words.length > 0 ? [command(words, null)] : [] };
  }

  const parsed = tokenize(line, document, false);
  const script: ShellScript = { ...base, execForm: false, commands: parsed.commands, pipe: parsed.pipe };
  let cursor = rest;
  for (const heredoc of parsed.heredocs) {
    const body = heredocBody(full, cursor, end, heredoc.name, heredoc.stripTabs);
    cursor = body.next;
    if (!heredoc.script || /^#!(?!\s*\/bin\/(ba|da|a)?sh\b|\s*\/usr\/bin\/env\s+(ba|da|a)?sh\b)/.test(body.source.text)) {
      script.opaqueHeredoc ||= heredoc.script;
      continue;
    }
    const inner = tokenize(body.source, document, true);
    if (inner.commands.length > 0 && script.commands.length > 0) {
      script.commands[script.commands.length - 1].after ??= '\n';
      inner.commands[0].before ??= '\n';
    }
    // One by one: spreading a 40,000-line heredoc's commands as arguments overflows the stack.
    for (const each of inner.commands) script.commands.push(each);
    script.pipe ??= inner.pipe;
  }
  return script;
}

/** Where the command begins: after the keyword, blanks, line continuations and `--flag` words. */
function commandStart(full: string, position: number, end: number, escapeChar: string): number {
  for (;;) {
    while (position < end && (full[position] === ' ' || full[position] === '\t')) position++;
    if (full.startsWith(escapeChar, position) && /^[ \t]*\r?\n/.test(full.slice(position + escapeChar.length, position + escapeChar.length + 64))) {
      position = full.indexOf('\n', position) + 1;
      for (let blank; position < end && (blank = /^[ \t]*(#[^\n]*)?\r?\n/.exec(full.slice(position, position + 4096))); ) position += blank[0].length;
      continue;
    }
    if (!full.startsWith('--', position) || position >= end) return Math.min(position, end);
    while (position < end && !/[ \t\r\n]/.test(full[position])) position++;
  }
}

/**
 * The first logical line of the arguments: escaped line breaks removed, and comment or empty lines
 * inside the continuation dropped, as the builder does. `rest` is where heredoc bodies begin.
 */
function commandLine(full: string, start: number, end: number, escapeChar: string): { line: Source; rest: number } {
  const line: Source = { text: '', segments: [] };
  let position = start;
  let continued = false;
  while (position < end) {
    let lineEnd = full.indexOf('\n', position);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    let contentEnd = lineEnd > position && full[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const physical = full.slice(position, contentEnd);
    if (continued && (/^\s*#/.test(physical) || physical.trim() === '')) {
      position = lineEnd + 1;
      continue;
    }
    let blanksFrom = physical.length;
    while (blanksFrom > 0 && (physical[blanksFrom - 1] === ' ' || physical[blanksFrom - 1] === '\t')) blanksFrom--;
    const continues = physical.startsWith(escapeChar, blanksFrom - escapeChar.length) && blanksFrom >= escapeChar.length && lineEnd < end;
    if (continues) contentEnd = position + blanksFrom - escapeChar.length;
    line.segments.push({ at: line.text.length, offset: position });
    line.text += full.slice(position, contentEnd);
    if (!continues) return { line, rest: Math.min(lineEnd + 1, end) };
    continued = true;
    position = lineEnd + 1;
  }
  return { line, rest: end };
}

/** The document offset of a character of the source (or of its end). */
function offsetIn(source: Source, index: number): number {
  const segments = source.segments;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle].at <= index) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low] ?? { at: 0, offset: 0 };
  return segment.offset + index - segment.at;
}

function heredocBody(full: string, start: number, end: number, name: string, stripTabs: boolean): { source: Source; next: number } {
  let position = start;
  while (position < end) {
    let lineEnd = full.indexOf('\n', position);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    if (isDelimiterLine(full, position, lineEnd, name, stripTabs)) return { source: linear(full, start, position), next: Math.min(lineEnd + 1, end) };
    position = lineEnd + 1;
  }
  return { source: linear(full, start, end), next: end };
}

/** True when the line `[start, lineEnd)` is the delimiter (one `\r` before the break and, for `<<-`, leading tabs aside), read in place. */
function isDelimiterLine(text: string, start: number, lineEnd: number, name: string, stripTabs: boolean): boolean {
  let from = start;
  if (stripTabs) while (from < lineEnd && text[from] === '\t') from++;
  const to = lineEnd > from && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return to - from === name.length && text.startsWith(name, from);
}

function linear(full: string, start: number, end: number): Source {
  return { text: full.slice(start, end), segments: [{ at: 0, offset: start }] };
}

function jsonStrings(line: Source, document: TextDocument): ShellWord[] {
  const words: ShellWord[] = [];
  for (const match of line.text.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    const index = match.index ?? 0;
    const json = word(line, document, index, index + match[0].length, JSON.parse(match[0]) as string, false);
    json.json = true;
    words.push(json);
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Shell layer.

interface PendingHeredoc {
  name: string;
  stripTabs: boolean;
  /** True when the body is itself a shell script: `RUN <<EOF` or `RUN bash <<EOF`. */
  script: boolean;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const PREFIX_WORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const CLOSING_WORDS = new Set(['fi', 'done', 'esac', '}']);
const HEREDOC_DELIMITER = /[ \t]*(?:'([^'\n]*)'|"([^"\n]*)"|\\?([^\s;&|<>()]+))/y;
const OPERATORS = ['&&', '||', '|&', ';;', '>>', '<<<', '<<-', '<<', '<&', '>&', '&>', '>|', '<>', '|', '&', ';', '<', '>', '(', ')'];

function tokenize(source: Source, document: TextDocument, multiline: boolean) {
  const text = source.text;
  const commands: ShellCommand[] = [];
  const heredocs: PendingHeredoc[] = [];
  let pipe: ShellScript['pipe'];
  let current = command([], null);
  let pendingRedirect: { operator: string; target?: ShellWord } | null = null;
  let currentHeredocs: PendingHeredoc[] = [];
  /** Heredocs opened on the current line of a script; their bodies follow the line break. */
  const awaiting: PendingHeredoc[] = [];

  const finish = (joiner: Joiner | null, offset?: number) => {
    if (current.words.length > 0 || current.assignments.length > 0 || current.redirects.length > 0) {
      current.after = joiner;
      current.afterOffset = offset;
      if (currentHeredocs.length > 0) {
        const shellCommand = current.words.length === 0 || (SHELLS.has(commandName(current.words[0])) && current.words.slice(1).every((w) => w.value.startsWith('-')));
        for (const heredoc of currentHeredocs) heredoc.script = shellCommand;
        awaiting.push(...currentHeredocs);
      }
      commands.push(current);
    } else if (joiner && commands.length > 0 && commands[commands.length - 1].after === null) {
      commands[commands.length - 1].after = joiner;
      commands[commands.length - 1].afterOffset = offset;
    }
    if (currentHeredocs.length > 0) currentHeredocs = [];
    // An empty command is not kept: it is reused rather than replaced (one per line of a long heredoc).
    if (commands[commands.length - 1] === current) current = command([], null);
    current.before = commands.length > 0 ? joiner : null;
    current.subshell = depth > 0;
  };

  let caseDepth = 0;
  let inPattern = false;
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '\r') {
      i++;
      continue;
    }
    if (char === '\\' && multiline && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (char === '\n') {
      if (!pendingRedirect) finish('\n', offsetIn(source, i));
      i++;
      if (awaiting.length > 0) for (const heredoc of awaiting.splice(0)) i = skipHeredocBody(text, i, heredoc);
      continue;
    }
    if (char === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (inPattern) {
      // A `case` pattern such as `amd64 | arm64)`: its `|` is not a pipe.
      if (char === ')') inPattern = false;
      if (char === ')' || char === '|' || char === '(' || !' \t\r\n;&<>'.includes(char)) {
        const end = char === ')' || char === '|' || char === '(' ? i + 1 : scanWord(text, i);
        if (text.slice(i, end) === 'esac') {
          caseDepth--;
          inPattern = false;
        }
        i = end;
        continue;
      }
    }
    const operator = '&|;<>()'.includes(char) ? OPERATORS.find((op) => text.startsWith(op, i)) : undefined;
    if (operator) {
      const at = i;
      i += operator.length;
      if (/^[<>]|^&>/.test(operator)) {
        pendingRedirect = { operator };
        current.redirects.push(pendingRedirect);
        if (operator === '<<' || operator === '<<-') {
          HEREDOC_DELIMITER.lastIndex = i;
          const delimiter = HEREDOC_DELIMITER.exec(text);
          if (delimiter) {
            const pending = { name: delimiter[1] ?? delimiter[2] ?? delimiter[3], stripTabs: operator === '<<-', script: false };
            heredocs.push(pending);
            currentHeredocs.push(pending);
          }
        }
        continue;
      }
      if (operator === '(' || operator === ')') {
        finish(null);
        depth = Math.max(0, depth + (operator === '(' ? 1 : -1));
        current.subshell = depth > 0;
        continue;
      }
      const joiner = (operator === ';;' ? ';' : operator) as Joiner;
      if (operator === ';;' && caseDepth > 0) inPattern = true;
      if ((joiner === '|' || joiner === '|&') && !pipe) {
        const offset = offsetIn(source, at);
        pipe = { start: offset, end: offset + operator.length, range: rangeOfOffsets(document, offset, offset + operator.length) };
      }
      finish(joiner, offsetIn(source, at));
      continue;
    }
    const end = scanWord(text, i);
    const raw = text.slice(i, end);
    const shellWord = new Word(raw, unquote(raw), offsetIn(source, i), offsetIn(source, end - 1) + 1, isDynamic(raw), document);
    i = end;
    if (pendingRedirect) {
      pendingRedirect.target = shellWord;
      pendingRedirect = null;
      continue;
    }
    if ((text[i] === '>' || text[i] === '<') && /^\d+$/.test(shellWord.raw)) continue;
    if (shellWord.raw === 'in' && current.words.length === 2 && current.words[0].raw === 'case') {
      caseDepth++;
      finish(null);
      inPattern = true;
      continue;
    }
    if (current.words.length === 0) {
      if (shellWord.raw === 'esac') caseDepth = Math.max(0, caseDepth - 1);
      if (/^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(shellWord.raw)) {
        current.assignments.push(shellWord);
        continue;
      }
      if (PREFIX_WORDS.has(shellWord.raw)) continue;
      if (CLOSING_WORDS.has(shellWord.raw)) {
        finish(null);
        continue;
      }
    }
    current.words.push(shellWord);
  }
  finish(null);
  return { commands, heredocs, pipe };
}

function skipHeredocBody(text: string, start: number, heredoc: PendingHeredoc): number {
  let position = start;
  while (position < text.length) {
    let lineEnd = text.indexOf('\n', position);
    if (lineEnd < 0) lineEnd = text.length;
    const found = isDelimiterLine(text, position, lineEnd, heredoc.name, heredoc.stripTabs);
    position = lineEnd + 1;
    if (found) return position;
  }
  return text.length;
}

const charTable = (chars: string): Uint8Array => {
  const table = new Uint8Array(128);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
};
const WORD_END = charTable(' \t\r\n;&|<>()');
/** The characters `skipUnit` reads more than one character from. */
const UNIT_START = charTable('\\\'"`$');

/** The end of the word starting at `start`: quotes, escapes and nested `$(…)`, `${…}`, backticks. */
function scanWord(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 128 && WORD_END[code]) return i;
    i = code < 128 && UNIT_START[code] ? skipUnit(text, i) : i + 1;
  }
  return i;
}

function skipUnit(text: string, i: number): number {
  const char = text[i];
  if (char === '\\') return Math.min(i + (text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2), text.length);
  if (char === "'") {
    const end = text.indexOf("'", i + 1);
    return end < 0 ? text.length : end + 1;
  }
  if (char === '"') {
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j = text[j] === '\\' ? j + 2 : text[j] === '$' || text[j] === '`' ? skipUnit(text, j) : j + 1;
    return Math.min(j + 1, text.length);
  }
  if (char === '`') {
    let j = i + 1;
    while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, text.length);
  }
  if (char === '$' && (text[i + 1] === '(' || text[i + 1] === '{')) {
    const open = text[i + 1];
    const close = open === '(' ? ')' : '}';
    let depth = 1;
    let j = i + 2;
    while (j < text.length && depth > 0) {
      const c = text[j];
      if (c === open) depth++;
      else if (c === close) depth--;
      if (depth === 0) return j + 1;
      j = c === "'" || c === '"' || c === '\\' || c === '`' || (c === '$' && (text[j + 1] === '(' || text[j + 1] === '{')) ? skipUnit(text, j) : j + 1;
    }
    return j;
  }
  return i + 1;
}

function unquote(raw: string): string {
  if (!/['"\\]/.test(raw)) return raw;
  let value = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === "'") {
      const end = raw.indexOf("'", i + 1);
      value += raw.slice(i + 1, end < 0 ? raw.length : end);
      i = end < 0 ? raw.length : end;
    } else if (char === '"') {
      let j = i + 1;
      for (; j < raw.length && raw[j] !== '"'; j++) {
        if (raw[j] === '\\' && '"\\$`'.includes(raw[j + 1] ?? '')) j++;
        value += raw[j];
      }
      i = j;
    } else if (char === '\\') {
      if (raw[i + 1] === '\r' && raw[i + 2] === '\n') i++;
      else if (raw[i + 1] !== '\n') value += raw[i + 1] ?? '';
      i++;
    } else {
      value += char;
    }
  }
  return value;
}

function isDynamic(raw: string): boolean {
  if (!/[$`]/.test(raw)) return false;
  return /[$`]/.test(raw.replace(/'[^']*'/g, ''));
}

function word(source: Source, document: TextDocument, from: number, to: number, value: string, dynamic: boolean): ShellWord {
  return new Word(source.text.slice(from, to), value, offsetIn(source, from), offsetIn(source, to - 1) + 1, dynamic, document);
}

/** A word whose line/character range is computed only when a rule asks for it. */
class Word implements ShellWord {
  json?: boolean;
  #range: Range | undefined;

  constructor(
    readonly raw: string,
    readonly value: string,
    readonly start: number,
    readonly end: number,
    readonly dynamic: boolean,
    private readonly document: TextDocument,
  ) {}

  get range(): Range {
    return (this.#range ??= rangeOfOffsets(this.document, this.start, this.end));
  }
}

function command(words: ShellWord[], before: Joiner | null): ShellCommand {
  return { words, assignments: [], redirects: [], before, after: null, subshell: false };
}

/** An edit that deletes a word and the blanks before it on its line (or after it, when it starts the line). */
export function removeWordEdit(document: TextDocument, word: ShellWord): { range: Range; newText: string } {
  const text = document.getText();
  let start = word.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = word.end;
  if (start === 0 || text[start - 1] === '\n') {
    start = word.start;
    while (text[end] === ' ' || text[end] === '\t') end++;
  }
  return { range: rangeOfOffsets(document, start, end), newText: '' };
}
