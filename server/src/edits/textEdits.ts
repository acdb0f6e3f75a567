import type { Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../engine/rule';
import { endOfLine } from '../text/endOfLine';

/** A fix that writes `newText` over `range` (empty text removes it). */
export function replaceFix(title: string, range: Range, newText: string): Fix {
  return { title, edits: [{ range, newText }] };
}

/** A fix that inserts `text` at `position`. */
export function insertFix(title: string, position: Position, text: string): Fix {
  return replaceFix(title, { start: position, end: position }, text);
}

/** Inserts a line above the one `position` starts, with the same indentation and the file's line ending. */
export function lineAbove(document: TextDocument, position: Position, line: string): TextEdit {
  const text = document.getText();
  const indent = text.slice(document.offsetAt({ line: position.line, character: 0 }), document.offsetAt(position));
  return { range: { start: position, end: position }, newText: `${line}${endOfLine(text)}${indent}` };
}
