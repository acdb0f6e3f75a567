import type { TextEdit } from 'vscode-languageserver-types';
import type { Fix, FixSafety } from '../engine/rule';

/** A fix titled `title` when there is something to edit, else undefined: the finding then offers no fix. */
export function fixOf(title: string, edits: TextEdit[] | undefined, safety?: FixSafety): Fix | undefined {
  return edits && edits.length > 0 ? { title, edits, ...(safety && { safety }) } : undefined;
}

/** The fixes that could be made, or undefined when none could. */
export function keepFixes(...fixes: (Fix | undefined)[]): Fix[] | undefined {
  const kept = fixes.filter((fix): fix is Fix => fix !== undefined);
  return kept.length > 0 ? kept : undefined;
}
