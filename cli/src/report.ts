import { fileURLToPath } from 'node:url';
import type { RuleFinding } from '../../server/src/engine/lint';
import type { Severity } from '../../server/src/engine/rule';
import { countUnsafeFixes } from '../../server/src/engine/fixAll';
import { BAD_INPUT, displayPath, type LintedFile, type Problem } from './lintFiles';

/** Everything one run found, in the order files were discovered. */
export interface RunReport {
  cwd: string;
  files: LintedFile[];
  problems: Problem[];
}

export interface Summary {
  files: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  fixed: number;
  /** Findings whose only fixes change behaviour: `--fix --unsafe-fixes` would apply them. */
  unsafeFixes: number;
  /** Files we could not analyse: unreadable, binary, too large or broken YAML. */
  badInput: number;
  /** Other notes (files named but not recognised, skipped templates, rules that threw). */
  notes: number;
}

export function summarize(report: RunReport): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of allFindings(report)) bySeverity[finding.severity]++;
  const badInput = report.problems.filter((problem) => BAD_INPUT.has(problem.kind)).length;
  return {
    files: report.files.length,
    findings: report.files.reduce((sum, file) => sum + file.findings.length, 0),
    bySeverity,
    fixed: report.files.reduce((sum, file) => sum + (file.fixed?.length ?? 0), 0),
    unsafeFixes: countUnsafeFixes(allFindings(report)),
    badInput,
    notes: report.problems.length - badInput,
  };
}

function allFindings(report: RunReport): RuleFinding[] {
  return report.files.flatMap((file) => file.findings);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A related location's file as shown to the user: relative to the current folder, with `/`. */
export function relatedPath(cwd: string, uri: string): string {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  return displayPath(cwd, path);
}
