import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isOurDiagnostic } from './diagnostics';
import type { Analysis, RuleFinding } from './engine/lint';
import { OPEN_QUESTION_COMMAND, type QuestionLinker } from './questions/links';
import { rulesById } from './targets/index';
import { checkedPass, eligibleFix } from './engine/fixAll';
import { fileSuppressionEdit, lineSuppressionEdit } from './suppressions/suppressions';

/** The source action that applies every fix of a file that does not overlap another. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.containerCoach`;
export const FIX_ALL_TITLE = 'Fix all Container Coach problems';

export interface CodeActionOptions {
  /** The kinds the client asked for (`CodeActionContext.only`). */
  only?: readonly string[];
  /** The document's analysis at its current version: its findings for "fix all", where ignore comments go. */
  analysis?: Analysis;
}

/**
 * Code actions in vscode-eslint's order: the fixes, "ignore for this instruction", "fix all", "ignore in
 * this file", then "explain". Edits carry the document version they were computed for, so the editor
 * refuses them once the text has moved on.
 */
export function computeCodeActions(
  document: TextDocument,
  diagnostics: Diagnostic[],
  linker: QuestionLinker,
  options: CodeActionOptions = {},
): CodeAction[] {
  const { analysis } = options;
  const findings = analysis?.result.findings ?? [];
  const wantsQuickFixes = wants(options.only, CodeActionKind.QuickFix);
  const fixAll = fixAllAction(document, findings);
  if (!wantsQuickFixes) return fixAll && wants(options.only, FIX_ALL_KIND) ? [fixAll] : [];

  const fixes: CodeAction[] = [];
  const lineIgnores: CodeAction[] = [];
  const fileIgnores: CodeAction[] = [];
  const explanations: CodeAction[] = [];
  const ignoredLine = new Set<string>();
  const ignoredFile = new Set<string>();
  const explained = new Set<string>();
  const current = (edits: TextEdit[]) => ({ documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] });

  for (const diagnostic of diagnostics) {
    if (!isOurDiagnostic(diagnostic)) continue;
    const { ruleId, version } = diagnostic.data;
    const fresh = version === document.version;
    if (fresh) {
      for (const [index, fix] of diagnostic.data.fixes.entries()) {
        fixes.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0 && fix.safety === 'safe',
          edit: current(fix.edits),
        });
      }
      const line = analysis?.ignoreLine(diagnostic.range.start.line) ?? diagnostic.range.start.line;
      const lineKey = `${ruleId}@${line}`;
      if (!ignoredLine.has(lineKey)) {
        ignoredLine.add(lineKey);
        lineIgnores.push({
          title: `Ignore ${ruleId} for this ${analysis?.ignoreNoun ?? 'line'}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: current([lineSuppressionEdit(document, line, ruleId)]),
        });
      }
      if (!ignoredFile.has(ruleId)) {
        ignoredFile.add(ruleId);
        const header = analysis?.ignoreFileLine() ?? 0;
        fileIgnores.push({
          title: `Ignore ${ruleId} in this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: current([fileSuppressionEdit(document, ruleId, header)]),
        });
      }
    }
    const questionId = rulesById.get(ruleId)?.questions[0];
    if (questionId && linker.href(questionId) && !explained.has(questionId)) {
      explained.add(questionId);
      explanations.push({
        title: `Explain: ${linker.label(questionId)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Open question', command: OPEN_QUESTION_COMMAND, arguments: [questionId] },
      });
    }
  }
  const fixAllQuickFix: CodeAction[] =
    fixAll && fixes.length > 0 && countFixable(findings) > 1 ? [{ ...fixAll, kind: CodeActionKind.QuickFix }] : [];
  return [...fixes, ...lineIgnores, ...fixAllQuickFix, ...fileIgnores, ...explanations];
}

/**
 * Every finding's first safe fix under the shared fix-all's overlap policy, dropping any that would break
 * the parse: one versioned edit. Unsafe fixes are never part of it.
 */
export function fixAllAction(document: TextDocument, findings: readonly RuleFinding[]): CodeAction | undefined {
  const target = findings[0]?.rule.target;
  if (!target) return undefined;
  const { edits } = checkedPass(document, target, findings);
  if (edits.length === 0) return undefined;
  return {
    title: FIX_ALL_TITLE,
    kind: FIX_ALL_KIND,
    edit: { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] },
  };
}

function countFixable(findings: readonly RuleFinding[]): number {
  return findings.filter((finding) => eligibleFix(finding)).length;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
