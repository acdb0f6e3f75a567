/**
 * Comments that silence rules, ours and other tools' (matched through rule aliases), and the edits that
 * insert ours. Pure: text in, answers out; the linter applies them to every kind of document.
 *
 * Forms we read:
 * - `# container-coach ignore=<rule>[,<rule>] [-- reason]`: the next instruction (or YAML line);
 * - `# container-coach ignore-file=<rule>[,<rule>] [-- reason]`: the whole file;
 * - `# hadolint ignore=DL3008,DL3009` (next instruction), `# hadolint global ignore=DL3003` (file);
 * - BuildKit's `# check=skip=<Name>[,<Name>]` or `skip=all` parser directive (file): as BuildKit reads it,
 *   check names are case-sensitive and `all` names the rules that repeat a BuildKit check, not the others;
 * - `#checkov:skip=CKV_DOCKER_3:reason` (file, as Checkov reads Dockerfiles);
 * - `#trivy:ignore:DS002` or `#trivy:ignore:AVD-DS-0002` (next instruction or line).
 * Elsewhere a rule is named by its id (`dockerfile/require-user`), its id without the target, or any alias,
 * in any case; `all` names every rule.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDockerfile } from '../targets/dockerfile/model';
import { endOfLine } from '../text/endOfLine';
import { isBuildkitCheck } from '../settings/neighbours';

export type SuppressionTool = 'container-coach' | 'hadolint' | 'buildkit' | 'checkov' | 'trivy';

/** What one comment says, before we know where it applies. */
export interface SuppressionComment {
  tool: SuppressionTool;
  /** Rule names as written (ids, aliases or `all`). */
  rules: string[];
  /** True for file-wide forms, false for "the next instruction". */
  file: boolean;
  reason?: string;
}

/** Lines are 0-based and inclusive. */
export type SuppressionScope = { kind: 'file' } | { kind: 'lines'; start: number; end: number };

export interface Suppression extends SuppressionComment {
  /** The line of the comment itself. */
  line: number;
  scope: SuppressionScope;
}

export interface RuleIdentity {
  id: string;
  aliases: readonly string[];
}

/** The suppressions of one document: ask it whether a finding of a rule starting on a line is silenced. */
export class Suppressions {
  static readonly none = new Suppressions([]);

  constructor(readonly list: readonly Suppression[]) {}

  isSuppressed(rule: RuleIdentity, line: number): boolean {
    if (this.list.length === 0) return false;
    return this.list.some(
      (suppression) =>
        inScope(suppression.scope, line) &&
        suppression.rules.some((name) => (suppression.tool === 'buildkit' ? buildkitNames(rule, name) : ruleMatches(rule, name))),
    );
  }
}

function inScope(scope: SuppressionScope, line: number): boolean {
  return scope.kind === 'file' || (line >= scope.start && line <= scope.end);
}

/** Whether `name` (an id, a short id, an alias or `all`, any case) names `rule`. */
export function ruleMatches(rule: RuleIdentity, name: string): boolean {
  const wanted = normalizeName(name);
  if (wanted === 'all') return true;
  const short = rule.id.slice(rule.id.indexOf('/') + 1);
  return [rule.id, short, ...rule.aliases].some((candidate) => normalizeName(candidate) === wanted);
}

/** How BuildKit reads a name of `check=skip`: a check name as written, or `all` for every BuildKit check. */
function buildkitNames(rule: RuleIdentity, name: string): boolean {
  const buildkit = rule.aliases.filter(isBuildkitCheck);
  return name === 'all' ? buildkit.length > 0 : buildkit.includes(name);
}

/** Trivy writes `AVD-DS-0002` as well as `DS002`; both name the same check. */
function normalizeName(name: string): string {
  const trimmed = name.trim().toLowerCase();
  const avd = /^avd-(ds|ksv)-0*(\d+)$/.exec(trimmed);
  if (avd) return `${avd[1]}${avd[2].padStart(3, '0')}`;
  return trimmed;
}

const CONTAINER_COACH = /^#\s*container-coach\s+(ignore|ignore-file)\s*=\s*([^\s,]*(?:\s*,\s*[^\s,]*)*)\s*(?:--\s*(.*))?$/i;
const HADOLINT = /^#\s*hadolint\s+(global\s+)?ignore\s*=([\w\-/,\s]*[\w\-/,])\s*$/i;
const BUILDKIT = /^#\s*check\s*=\s*(.*)$/i;
const CHECKOV = /^#\s*checkov:skip=([\w\-/]+)(?::(.*))?$/i;
const TRIVY = /^#\s*trivy:ignore:([\w\-/]+)/i;

/** Reads one comment line (with its `#`); undefined when it is not a suppression. */
export function parseSuppressionComment(text: string): SuppressionComment | undefined {
  const comment = text.trim();
  let match = CONTAINER_COACH.exec(comment);
  if (match) {
    const reason = match[3]?.trim();
    return { tool: 'container-coach', rules: splitList(match[2]), file: match[1].toLowerCase() === 'ignore-file', ...(reason ? { reason } : {}) };
  }
  match = HADOLINT.exec(comment);
  if (match) return { tool: 'hadolint', rules: splitList(match[2]), file: Boolean(match[1]) };
  match = BUILDKIT.exec(comment);
  if (match) {
    const skip = match[1].split(';').map((part) => /^\s*skip\s*=\s*(.*)$/.exec(part)?.[1]).find((value) => value !== undefined);
    return skip === undefined ? undefined : { tool: 'buildkit', rules: splitList(skip), file: true };
  }
  match = CHECKOV.exec(comment);
  if (match) {
    const reason = match[2]?.trim();
    return { tool: 'checkov', rules: [match[1]], file: true, ...(reason ? { reason } : {}) };
  }
  match = TRIVY.exec(comment);
  if (match) return { tool: 'trivy', rules: [match[1]], file: false };
  return undefined;
}

function splitList(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The suppressions of a Dockerfile: a line form covers the whole next instruction (comments and blank
 * lines in between are allowed); BuildKit's `check=skip` counts only as a parser directive.
 */
export function dockerfileSuppressions(dockerfile: ParsedDockerfile, document: TextDocument): Suppressions {
  const instructions = dockerfile.instructions.map((instruction) => instruction.getRange());
  const list: Suppression[] = [];
  for (const comment of dockerfile.ast.getComments()) {
    const line = comment.getRange().start.line;
    const parsed = parseSuppressionComment(comment.toString());
    // BuildKit reads `check=` only as a parser directive, below.
    if (!parsed || parsed.tool === 'buildkit') continue;
    list.push({ ...parsed, line, scope: parsed.file ? { kind: 'file' } : nextScope(instructions, line) });
  }
  // dockerfile-ast reads any leading `# word…=value` line as a directive, so our comments at the top arrive here.
  const header = dockerfileHeaderEnd(dockerfile, document);
  for (const directive of dockerfile.ast.getDirectives()) {
    const line = directive.getRange().start.line;
    const parsed = parseSuppressionComment(lineText(document, line));
    if (!parsed || (parsed.tool === 'buildkit' && line >= header)) continue;
    list.push({ ...parsed, line, scope: parsed.file ? { kind: 'file' } : nextScope(instructions, line) });
  }
  return new Suppressions(list);
}

function nextScope(instructions: readonly Range[], line: number): SuppressionScope {
  const next = instructions.find((range) => range.start.line > line);
  return next ? { kind: 'lines', start: next.start.line, end: next.end.line } : { kind: 'lines', start: line + 1, end: line + 1 };
}

/**
 * Suppressions of a line-oriented file with `#` comments (YAML): a line form covers the next line that
 * is neither blank nor a comment. YAML documents can pass `nextScope` to cover a whole block instead.
 */
export function lineCommentSuppressions(
  document: TextDocument,
  nextScope: (commentLine: number, nextLine: number) => SuppressionScope = (_, next) => ({ kind: 'lines', start: next, end: next }),
): Suppressions {
  const text = document.getText();
  const list: Suppression[] = [];
  let lines: string[] | undefined;
  let codeFrom: number[] | undefined;
  let line = 0;
  let counted = 0;
  // Only the lines holding a '#' are read: the first '#' of each, up to the end of its line.
  let end: number;
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', end)) {
    const start = lineStart(text, hash);
    line += lineBreaks(text, counted, start);
    counted = start;
    end = lineEnd(text, hash);
    const parsed = parseSuppressionComment(text.slice(hash, end));
    if (!parsed || parsed.tool === 'buildkit') continue;
    if (hash > start && /\S/.test(text.slice(start, hash))) {
      // A trailing comment silences its own line.
      list.push({ ...parsed, line, scope: parsed.file ? { kind: 'file' } : { kind: 'lines', start: line, end: line } });
      continue;
    }
    codeFrom ??= firstCodeLines((lines ??= text.split(/\r?\n|\r/)));
    const next = codeFrom[line + 1];
    list.push({ ...parsed, line, scope: parsed.file ? { kind: 'file' } : nextScope(line, next) });
  }
  return new Suppressions(list);
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** The offset of the first character of the line holding `offset`. */
function lineStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The offset of the line break ending the line holding `offset` (the text's length on the last line). */
function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  return end;
}

/** The line breaks (`\r\n`, `\n` or `\r`) from `from` to `to`. */
function lineBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let offset = from; offset < to; offset++) {
    const code = text.charCodeAt(offset);
    if (code === 10 || (code === 13 && text.charCodeAt(offset + 1) !== 10)) breaks++;
  }
  return breaks;
}

/** For each line, the first line from it on that is neither blank nor a comment (`lines.length` when none is). */
function firstCodeLines(lines: readonly string[]): number[] {
  const code: number[] = [];
  code[lines.length] = lines.length;
  for (let line = lines.length - 1; line >= 0; line--) code[line] = /^\s*(#.*)?$/.test(lines[line]) ? code[line + 1] : line;
  return code;
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n|\r$/, '');
}

/**
 * The edit that silences `ruleId` for the instruction (or line) starting at `line`: it extends a
 * `# container-coach ignore=` comment directly above, or inserts one with the same indentation.
 */
export function lineSuppressionEdit(document: TextDocument, line: number, ruleId: string): TextEdit {
  const above = line > 0 ? lineText(document, line - 1) : '';
  const existing = /^(\s*#\s*container-coach\s+ignore\s*=\s*)([^\s]+)/i.exec(above);
  if (existing) {
    const at = existing[0].length;
    return { range: { start: { line: line - 1, character: at }, end: { line: line - 1, character: at } }, newText: `,${ruleId}` };
  }
  const indentation = /^\s*/.exec(lineText(document, line))?.[0] ?? '';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indentation}# container-coach ignore=${ruleId}${endOfLine(document.getText())}`,
  };
}

/**
 * The edit that silences `ruleId` in the whole file, inserted at `line` (after a Dockerfile's parser
 * directives: see `dockerfileHeaderEnd`), or extending a file form already there.
 */
export function fileSuppressionEdit(document: TextDocument, ruleId: string, line = 0): TextEdit {
  const current = line < document.lineCount ? lineText(document, line) : '';
  const existing = /^(\s*#\s*container-coach\s+ignore-file\s*=\s*)([^\s]+)/i.exec(current);
  if (existing) {
    const at = existing[0].length;
    return { range: { start: { line, character: at }, end: { line, character: at } }, newText: `,${ruleId}` };
  }
  const eol = endOfLine(document.getText());
  const atEnd = line >= document.lineCount;
  const lastLine = document.lineCount - 1;
  if (atEnd || (line === lastLine && lineText(document, lastLine) === '' && document.getText().length > 0 && line > 0)) {
    const position = document.positionAt(document.getText().length);
    const needsBreak = !/(\r\n|\n|\r)$/.test(document.getText()) && document.getText().length > 0;
    return { range: { start: position, end: position }, newText: `${needsBreak ? eol : ''}# container-coach ignore-file=${ruleId}${eol}` };
  }
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `# container-coach ignore-file=${ruleId}${eol}` };
}

/** BuildKit's own test for a parser directive line; the first line that fails it ends the directives. */
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/**
 * The first line after a Dockerfile's parser directives (`# syntax=`, `# escape=`, `# check=`): a
 * comment above them would turn them into plain comments.
 */
export function dockerfileHeaderEnd(dockerfile: ParsedDockerfile, document: TextDocument): number {
  let end = 0;
  for (const directive of dockerfile.ast.getDirectives()) {
    const line = directive.getRange().start.line;
    if (line !== end || !DIRECTIVE.test(lineText(document, line).trim())) break;
    end = line + 1;
  }
  return end;
}
