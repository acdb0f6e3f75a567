import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { RuleFinding } from '../../server/src/engine/lint';
import type { Fix } from '../../server/src/engine/rule';
import { lintText, type FileOutcome, type LintedFile, type LintSettings, type Problem } from './lintFiles';

/** Fixing one fix can reveal another (or skip an overlapping one); stop after this many passes. */
const MAX_PASSES = 10;

/**
 * Applies each finding's unattended fix (non-overlapping ones together), re-lints, and repeats until nothing
 * is left to fix; writes the file once, atomically (temporary file + rename), when the text changed.
 * The outcome is the re-linted file, with `fixed` listing what was fixed.
 */
export function fixFile(linted: { file: LintedFile; problems: Problem[] }, settings: LintSettings): FileOutcome {
  const { file } = linted;
  const original = file.document.getText();
  let outcome: FileOutcome = linted;
  const fixed: { ruleId: string; line: number }[] = [];
  for (let pass = 1; pass <= MAX_PASSES && outcome.file; pass++) {
    const { text, applied } = applyFixes(outcome.file.document, outcome.file.findings);
    if (applied.length === 0) break;
    fixed.push(...applied.map((finding) => ({ ruleId: finding.rule.id, line: finding.range.start.line + 1 })));
    outcome = lintText({ ...file, text }, settings, pass + 1);
  }
  if (!outcome.file || outcome.file.document.getText() === original) return { file: { ...file, fixed: [] }, problems: linted.problems };
  try {
    writeAtomically(file.absolutePath, outcome.file.document.getText());
  } catch (error) {
    const message = `could not write the fixes: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    return { file: { ...file, fixed: [] }, problems: [...linted.problems, { path: file.path, kind: 'unwritable', message }] };
  }
  return { file: { ...outcome.file, fixed }, problems: outcome.problems };
}

function applyFixes(document: TextDocument, findings: readonly RuleFinding[]): { text: string; applied: RuleFinding[] } {
  const applied: RuleFinding[] = [];
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    const edits = unattendedFix(finding)?.edits;
    if (!edits || edits.some((edit) => taken.some((other) => overlaps(document, edit, other)))) continue;
    taken.push(...edits);
    applied.push(finding);
  }
  return { text: TextDocument.applyEdits(document, taken), applied };
}

/** The fix `--fix` may apply without a person looking: the first one that is not a template to adapt. */
export function unattendedFix(finding: RuleFinding): Fix | undefined {
  return finding.fixes?.find((fix) => !fix.suggestion && fix.edits.length > 0);
}

function overlaps(document: TextDocument, a: TextEdit, b: TextEdit): boolean {
  const [aStart, aEnd] = [document.offsetAt(a.range.start), document.offsetAt(a.range.end)];
  const [bStart, bEnd] = [document.offsetAt(b.range.start), document.offsetAt(b.range.end)];
  return aStart < bEnd && bStart < aEnd || (aStart === bStart && (aStart === aEnd || bStart === bEnd));
}

function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.container-coach-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
    chmodSync(temporary, statSync(path).mode);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was left behind.
    }
    throw error;
  }
}
