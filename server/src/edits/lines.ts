import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { endOfLine } from '../text/endOfLine';

/** Insert a whole line before `line`, with the document's line ending. */
export function insertLineBefore(document: TextDocument, line: number, text: string): TextEdit {
  return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${text}${endOfLine(document.getText())}` };
}

/** Append a whole line after the one numbered `line` (at the end of the file, after a break if it lacks one). */
export function insertLineAfter(document: TextDocument, line: number, text: string): TextEdit {
  if (line + 1 < document.lineCount) return insertLineBefore(document, line + 1, text);
  const eol = endOfLine(document.getText());
  const end = document.positionAt(document.getText().length);
  const needsBreak = end.character > 0;
  return { range: { start: end, end }, newText: `${needsBreak ? eol : ''}${text}${eol}` };
}

/** The edit that deletes the whole lines a range touches. */
export function deleteLines(document: TextDocument, range: Range): TextEdit {
  const end = range.end.line + 1 < document.lineCount ? { line: range.end.line + 1, character: 0 } : document.positionAt(document.getText().length);
  return { range: { start: { line: range.start.line, character: 0 }, end }, newText: '' };
}
