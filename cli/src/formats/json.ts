import { eligibleFix } from '../../../server/src/engine/fixAll';
import type { Range } from 'vscode-languageserver-types';
import { relatedPath, summarize, type RunReport } from '../report';

/** Bumped only when a field changes meaning or disappears; new fields may appear within a version. */
const JSON_FORMAT_VERSION = 1;

/** The documented `--format json` schema (README.md, "Command line"). Lines and columns are 1-based; `end` is exclusive. */
export function formatJson(report: RunReport, toolVersion: string): string {
  const summary = summarize(report);
  const output = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'container-coach', version: toolVersion },
    files: report.files.map((file) => ({
      path: file.path,
      kind: file.kind,
      findings: file.findings.map((finding) => ({
        ruleId: finding.rule.id,
        severity: finding.severity,
        message: finding.message,
        range: jsonRange(finding.range),
        questions: finding.rule.questions,
        fixable: eligibleFix(finding) !== undefined,
        unsafeFixable: eligibleFix(finding) === undefined && eligibleFix(finding, { unsafe: true }) !== undefined,
        ...(finding.related?.length
          ? { related: finding.related.map((related) => ({ path: relatedPath(report.cwd, related.uri), range: jsonRange(related.range), message: related.message })) }
          : {}),
      })),
      ...(file.fixed ? { fixed: file.fixed } : {}),
    })),
    problems: report.problems.map(({ path, kind, message }) => ({ path, kind, message })),
    summary: {
      files: summary.files,
      findings: summary.findings,
      errors: summary.bySeverity.error,
      warnings: summary.bySeverity.warning,
      infos: summary.bySeverity.info,
      hints: summary.bySeverity.hint,
      fixed: summary.fixed,
      unsafeFixes: summary.unsafeFixes,
      notAnalysed: summary.badInput,
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function jsonRange(range: Range): { start: { line: number; column: number }; end: { line: number; column: number } } {
  return { start: { line: range.start.line + 1, column: range.start.character + 1 }, end: { line: range.end.line + 1, column: range.end.character + 1 } };
}
