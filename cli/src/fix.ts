import { chmodSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fixAll, type FixAllOptions } from '../../server/src/engine/fixAll';
import { lintText, type FileOutcome, type LintedFile, type LintSettings, type Problem } from './lintFiles';

/**
 * Applies the file's fixes pass after pass (the shared fix-all: safe fixes only unless `unsafe`), each pass
 * re-parsed and re-linted; writes the file once, atomically (temporary file + rename), when the text changed.
 * The outcome is the re-linted file, with `fixed` listing what was fixed and `rejected` the fixes rolled back.
 */
export function fixFile(linted: { file: LintedFile; problems: Problem[] }, settings: LintSettings, options: FixAllOptions = {}): FileOutcome {
  const { file } = linted;
  const original = file.document.getText();
  let version = 1;
  const lint = (document: { getText(): string }) => lintText({ ...file, text: document.getText() }, settings, ++version).file?.findings ?? [];
  const result = fixAll(file.document, file.kind, file.findings, lint, options);
  const rejected = result.rejected.map(({ ruleId, line, reason }) => ({ path: file.path, kind: 'fix-rejected' as const, message: rejectionMessage(ruleId, line, reason) }));
  if (result.text === original) return { file: { ...file, fixed: [] }, problems: [...linted.problems, ...rejected] };
  const outcome = lintText({ ...file, text: result.text }, settings, version + 1);
  if (!outcome.file) return { file: { ...file, fixed: [] }, problems: [...linted.problems, ...rejected] };
  try {
    writeAtomically(file.absolutePath, result.text);
  } catch (error) {
    const message = `could not write the fixes: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    return { file: { ...file, fixed: [] }, problems: [...linted.problems, { path: file.path, kind: 'unwritable', message }] };
  }
  return { file: { ...outcome.file, fixed: result.applied }, problems: [...outcome.problems, ...rejected] };
}

function rejectionMessage(ruleId: string, line: number, reason: 'breaks-parse' | 'no-progress'): string {
  return reason === 'breaks-parse'
    ? `did not apply the fix of ${ruleId} (line ${line}): the file would no longer parse`
    : `did not apply the fix of ${ruleId} (line ${line}): its finding came back after the fix (the fix makes no progress)`;
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
