import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../../server/src/targets/kind';
import { documentKind, targetsByName } from '../../server/src/targets/index';
import { PARTIAL, reasonToSkip, type Analysis, type LintOptions, type RuleFinding } from '../../server/src/engine/lint';
import type { Severity } from '../../server/src/engine/rule';
import type { IsWaived } from '../../server/src/workspace/model';
import type { Candidate } from './discovery';

export interface LintedFile {
  /** As shown to the user: relative to the current folder, with `/`. */
  path: string;
  absolutePath: string;
  kind: DocumentKind;
  document: TextDocument;
  /** The engine's analysis of the text, for the rules over the whole workspace. */
  analysis: Analysis;
  findings: RuleFinding[];
  /** Set by --fix: what was fixed, by rule id and 1-based line of the finding. */
  fixed?: { ruleId: string; line: number }[];
}

export type ProblemKind = 'unreadable' | 'unwritable' | 'binary' | 'too-large' | 'broken-yaml' | 'not-recognised' | 'skipped' | 'partial' | 'rule-failure' | 'fix-rejected';

/** A file we could not (fully) analyse, or a note about one. Bad input: unreadable, binary, too large, broken YAML (or fixes that could not be written). */
export interface Problem {
  path: string;
  kind: ProblemKind;
  message: string;
}

export const BAD_INPUT: ReadonlySet<ProblemKind> = new Set(['unreadable', 'unwritable', 'binary', 'too-large', 'broken-yaml']);

export interface LintSettings {
  cwd: string;
  maxFileSize: number;
  /** The engine's options for one file (severities, the facts around a Dockerfile). */
  optionsFor(path: string): LintOptions;
  /** `--kind`: the kind of every file, instead of recognising it. */
  kind?: DocumentKind;
  /** The findings other files of the workspace satisfy; set once every file was linted. */
  waived?: IsWaived;
}

export type FileOutcome = { file: LintedFile; problems: Problem[] } | { file?: undefined; problems: Problem[] };

export function displayPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/') || path;
}

/** Reads one candidate and lints it with the engine; bad input becomes a problem, never an exception. */
export function lintFile(candidate: Candidate, settings: LintSettings): FileOutcome {
  const path = displayPath(settings.cwd, candidate.path);
  const problem = (kind: ProblemKind, message: string): FileOutcome => ({ problems: [{ path, kind, message }] });
  let text: string;
  try {
    const stat = statSync(candidate.path);
    if (!stat.isFile()) return problem('unreadable', 'not a regular file');
    const size = stat.size;
    if (size > settings.maxFileSize) return problem('too-large', `it is ${formatBytes(size)}, over the ${formatBytes(settings.maxFileSize)} limit (--max-file-size)`);
    text = readFileSync(candidate.path, 'utf8');
  } catch (error) {
    return problem('unreadable', (error as NodeJS.ErrnoException).code ?? String(error));
  }
  const uri = pathToFileURL(candidate.path).href;
  const kind = settings.kind ?? documentKind(uri, '', text);
  if (!kind) return candidate.explicit ? problem('not-recognised', 'not a Dockerfile, Compose file or Kubernetes manifest') : { problems: [] };
  const binary = reasonToSkip(text, Number.POSITIVE_INFINITY);
  if (binary) return problem('binary', 'it looks binary (it contains NUL or control bytes)');

  return lintText({ path, absolutePath: candidate.path, kind, text }, settings);
}

/** Lints text already read (also after --fix): the engine's findings, broken YAML and rule failures as problems. */
export function lintText(file: { path: string; absolutePath: string; kind: DocumentKind; text: string }, settings: LintSettings, version = 1): FileOutcome {
  const { path, absolutePath, kind } = file;
  const document = TextDocument.create(pathToFileURL(absolutePath).href, languageId(kind), version, file.text);
  // The size was checked before reading; the engine would measure it again in UTF-8.
  const analysis = targetsByName[kind].analyse(document, { ...settings.optionsFor(absolutePath), maxFileSize: Number.POSITIVE_INFINITY });
  const { result } = analysis;
  const problems: Problem[] = result.failures.map(({ ruleId, error }) => ({
    path,
    kind: 'rule-failure',
    message: `rule ${ruleId} failed: ${error instanceof Error ? error.message : String(error)}`,
  }));
  if (result.skipped) return { problems: [...problems, { path, kind: 'skipped', message: result.skipped.replace(/^Container Coach skipped this file: /, '') }] };
  const broken = analysis.syntaxError();
  if (broken) {
    const position = document.positionAt(broken.offset);
    problems.push({ path, kind: 'broken-yaml', message: `broken YAML at ${position.line + 1}:${position.character + 1}: ${broken.message}` });
  }
  if (result.partial) problems.push({ path, kind: 'partial', message: result.partial.replace(PARTIAL, 'analysed only in part: ') });
  return { file: { path, absolutePath, kind, document, analysis, findings: sortFindings(unwaived(document, result.findings, settings.waived)) }, problems };
}

export function unwaived(document: TextDocument, findings: readonly RuleFinding[], waived: IsWaived | undefined): RuleFinding[] {
  return waived ? findings.filter((finding) => !waived(document.uri, finding.rule.id, document.getText(finding.range))) : [...findings];
}

function languageId(kind: DocumentKind): string {
  return kind === 'dockerfile' ? 'dockerfile' : kind === 'compose' ? 'dockercompose' : 'yaml';
}

export function sortFindings(findings: RuleFinding[]): RuleFinding[] {
  return [...findings].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.id.localeCompare(b.rule.id),
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };
