import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/** Negative when `a` comes before `b`, zero when they are the same position. */
export function comparePositions(a: Position, b: Position): number {
  return a.line === b.line ? a.character - b.character : a.line - b.line;
}

/** True when the position lies in the range, both ends included. */
export function contains(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}

/** The range between two document offsets. */
export function rangeOfOffsets(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The range of `length` characters from a document offset. */
export function rangeAt(document: TextDocument, offset: number, length: number): Range {
  return rangeOfOffsets(document, offset, offset + length);
}
