import { Argument, type Instruction } from 'dockerfile-ast';
import type { Position, Range } from 'vscode-languageserver-types';

/** The parts of a dockerfile-ast instruction its argument split reads. */
interface SplitInput {
  document: { offsetAt(position: Position): number; positionAt(offset: number): Position };
  escapeChar: string;
  getInstructionRange(): Range;
  getTextContent(): string;
}

const isNewline = (char: string): boolean => char === '\r' || char === '\n';
const isWhitespace = (char: string): boolean => char === ' ' || char === '\t' || isNewline(char);

/**
 * dockerfile-ast's `Instruction.getRawArguments` (MIT, rcjsuen/dockerfile-ast), step for step, but each
 * value is cut out of the text in runs instead of being grown one character at a time: the published
 * walk allocates a string per character, a quarter of all that a lint allocates. The arguments are the
 * same, values and ranges (test/unit/targets/dockerfile/argumentSplit.test.ts compares the two).
 */
export function splitArguments(instruction: Instruction): Argument[] {
  const self = instruction as unknown as SplitInput;
  const document = self.document;
  const escapeChar = self.escapeChar;
  const args: Argument[] = [];
  const range = self.getInstructionRange();
  const extra = document.offsetAt(range.end) - document.offsetAt(range.start);
  const fullArgs = self.getTextContent().substring(extra);
  const offset = document.offsetAt(range.start) + extra;
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  // The value so far: `done`, then the run `fullArgs[runStart, runEnd)` (none while runStart is -1).
  let done = '';
  let runStart = -1;
  let runEnd = -1;
  const append = (from: number, to: number): void => {
    if (runStart >= 0 && from === runEnd) {
      runEnd = to;
      return;
    }
    if (runStart >= 0) done += fullArgs.substring(runStart, runEnd);
    runStart = from;
    runEnd = to;
  };
  const push = (end: number): void => {
    const value = runStart < 0 ? done : done + fullArgs.substring(runStart, runEnd);
    args.push(new Argument(value, { start: document.positionAt(offset + found), end: document.positionAt(offset + end) }));
    done = '';
    runStart = -1;
  };
  for (let i = 0; i < fullArgs.length; i++) {
    const char = fullArgs.charAt(i);
    if (isWhitespace(char)) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (isNewline(char)) {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        found = -1;
      }
    } else if (char === escapeChar) {
      const next = fullArgs.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
          const blank = fullArgs.charAt(j);
          switch (blank) {
            case ' ':
            case '\t':
              continue;
            case '\r':
            case '\n':
              // A `\r` is taken with the character after it, as the published walk does.
              if (blank === '\r') j++;
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === '\r') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === '\n') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapeMarker);
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === '$') append(i, i + 2);
        else if (next === '') break;
        else append(i + 1, i + 2);
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(escapeMarker);
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        append(i, i + 1);
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) push(escapeMarker === -1 ? fullArgs.length : escapeMarker);
  return args;
}
