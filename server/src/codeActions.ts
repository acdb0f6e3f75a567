import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isOurDiagnostic } from './diagnostics';
import { parseDockerfile } from './targets/dockerfile/model';
import type { RuleFinding } from './engine/lint';
import { OPEN_QUESTION_COMMAND, type QuestionLinker } from './questions/links';
import { rulesById } from './targets/index';
import { checkedPass, eligibleFix } from './engine/fixAll';
import { dockerfileHeaderEnd, fileSuppressionEdit, lineSuppressionEdit } from './suppressions/suppressions';

/** The source action that applies every fix of a file that does not overlap another. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.containerCoach`;
export const FIX_ALL_TITLE = 'Fix all Container Coach problems';

export interface CodeActionOptions {
  /** The kinds the client asked for (`CodeActionContext.only`). */
  only?: readonly string[];
  /** Every finding of the document at its current version, for "fix all". */
  findings?: readonly RuleFinding[];
  /** Whether the document is a Dockerfile (ignore comments then go above the whole instruction). */
  isDockerfile?: boolean;
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
  const wantsQuickFixes = wants(options.only, CodeActionKind.QuickFix);
  const fixAll = fixAllAction(document, options.findings ?? []);
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
      const line = suppressionLine(document, diagnostic.range.start.line, options.isDockerfile);
      const lineKey = `${ruleId}@${line}`;
      if (!ignoredLine.has(lineKey)) {
        ignoredLine.add(lineKey);
        lineIgnores.push({
          title: `Ignore ${ruleId} for this ${options.isDockerfile ? 'instruction' : 'line'}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: current([lineSuppressionEdit(document, line, ruleId)]),
        });
      }
      if (!ignoredFile.has(ruleId)) {
        ignoredFile.add(ruleId);
        const header = options.isDockerfile ? dockerfileHeaderEnd(parseDockerfile(document), document) : 0;
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
    fixAll && fixes.length > 0 && countFixable(options.findings ?? []) > 1 ? [{ ...fixAll, kind: CodeActionKind.QuickFix }] : [];
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

/** The line an ignore comment goes above: the start of the instruction holding the finding. */
function suppressionLine(document: TextDocument, line: number, isDockerfile: boolean | undefined): number {
  if (!isDockerfile) return line;
  const instruction = parseDockerfile(document).instructions.find((candidate) => {
    const range = candidate.getRange();
    return range.start.line <= line && line <= range.end.line;
  });
  return instruction?.getRange().start.line ?? line;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
