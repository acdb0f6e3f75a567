/** A line break as a document writes it. */
export type EndOfLine = '\n' | '\r\n' | '\r';

/**
 * The line ending edits write into `text`: its most common line break (a stray `\r` does not make a file
 * CR-only), or `\n` when it has none. One policy for every target, so a fix never mixes line endings into a
 * file that is consistent.
 */
export function endOfLine(text: string): EndOfLine {
  // Every fix of every finding asks; a document's text is one string, so the last answer is kept.
  if (text === last.text) return last.eol;
  last = { text, eol: countEndOfLine(text) };
  return last.eol;
}

let last: { text: string; eol: EndOfLine } = { text: '', eol: '\n' };

function countEndOfLine(text: string): EndOfLine {
  const count = { '\r\n': 0, '\n': 0, '\r': 0 };
  for (const match of text.slice(0, SAMPLE).matchAll(/\r\n|\n|\r/g)) count[match[0] as EndOfLine]++;
  if (count['\r\n'] > 0 && count['\r\n'] >= count['\n'] && count['\r\n'] >= count['\r']) return '\r\n';
  return count['\r'] > count['\n'] ? '\r' : '\n';
}

/** Line breaks are counted in the file's first this many characters. */
const SAMPLE = 65_536;
