/** A line break as a document writes it. */
export type EndOfLine = '\n' | '\r\n' | '\r';

/**
 * The line ending edits write into `text`: its first line break, or `\n` when it has none. One policy
 * for every target, so a fix never mixes line endings into a file that is consistent.
 */
export function endOfLine(text: string): EndOfLine {
  const match = /\r\n|\n|\r/.exec(text);
  return match ? (match[0] as EndOfLine) : '\n';
}
