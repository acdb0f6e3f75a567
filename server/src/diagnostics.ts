import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PARTIAL, type RuleFinding } from './engine/lint';
import type { ParseError } from './targets/target';
import type { QuestionLinker } from './questions/links';
import type { RuledFix, Severity } from './engine/rule';

export const SOURCE = 'container-coach';

/** What travels in `Diagnostic.data`: the fixes, computed with the finding, for the version they apply to. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
  fixes: RuledFix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: RuleFinding, version: number, linker: QuestionLinker): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.rule.id, version, fixes: finding.fixes ?? [] };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.rule.id,
    message: finding.message,
    data,
  };
  const href = finding.rule.questions[0] && linker.href(finding.rule.questions[0]);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(({ uri, range, message }) => ({ location: { uri, range }, message }));
  }
  return diagnostic;
}

/** One information message at the top of a document we did not analyse (or only in part), saying why. */
export function skippedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: reason,
  };
}

/** One information message where the YAML stops parsing: the findings from there on may be missing. */
export function syntaxErrorDiagnostic(error: ParseError, document: TextDocument): Diagnostic {
  const start = document.positionAt(error.offset);
  return {
    range: { start, end: start },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message: `${PARTIAL}the YAML does not parse from line ${start.line + 1}, column ${start.character + 1} (${error.message}).`,
  };
}

export function isOurDiagnostic(diagnostic: Diagnostic): diagnostic is Diagnostic & { data: DiagnosticData } {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return diagnostic.source === SOURCE && typeof data?.ruleId === 'string' && Array.isArray(data.fixes);
}
