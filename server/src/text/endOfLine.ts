/** A line break as a document writes it. */
export type EndOfLine = '\n' | '\r\n' | '\r';

/**
 * The line ending edits write into `text`: its most common line break (a stray `\r` does not make a file
 * CR-only), or `\n` when it has none. One policy for every target, so a fix never mixes line endings into a
 * file that is consistent.
 */
export function endOfLine(text: string): EndOfLine {
  // Every fix of every finding asks; a document's text is one string, so the last answer is kept.
  if (text === last.text) {
    // Equal text in another string (a file read from disk, then opened) compares in full: keep the one asked for.
    last.text = text;
    return last.eol;
  }
  last = { text, eol: countEndOfLine(text) };
  return last.eol;
}

let last: { text: string; eol: EndOfLine } = { text: '', eol: '\n' };

function countEndOfLine(text: string): EndOfLine {
  const end = Math.min(text.length, SAMPLE);
  const firstCr = text.indexOf('\r');
  if (firstCr < 0 || firstCr >= end) return '\n';
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let offset = 0; offset < end; offset++) {
    const code = text.charCodeAt(offset);
    if (code === 10) lf++;
    else if (code === 13 && offset + 1 < end && text.charCodeAt(offset + 1) === 10) {
      crlf++;
      offset++;
    } else if (code === 13) cr++;
  }
  if (crlf > 0 && crlf >= lf && crlf >= cr) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

/** Line breaks are counted in the file's first this many characters. */
const SAMPLE = 65_536;
