import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isOurDiagnostic } from './diagnostics';
import { OPEN_QUESTION_COMMAND, type QuestionLinker } from './questions/links';
import { rulesById } from './rules/index';

/**
 * Quick fixes for our diagnostics, in a fixed order: the fixes first, then "explain". A fix carries
 * the document version it was computed for, so the editor refuses it once the text has moved on.
 */
export function computeCodeActions(document: TextDocument, diagnostics: Diagnostic[], linker: QuestionLinker): CodeAction[] {
  const fixes: CodeAction[] = [];
  const explanations: CodeAction[] = [];
  const explained = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (!isOurDiagnostic(diagnostic)) continue;
    const { ruleId, version } = diagnostic.data;
    if (version === document.version) {
      for (const [index, fix] of diagnostic.data.fixes.entries()) {
        fixes.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0,
          edit: { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version }, fix.edits)] },
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
  return [...fixes, ...explanations];
}
