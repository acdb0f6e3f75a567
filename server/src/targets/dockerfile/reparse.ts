import { DockerfileParser, From, Instruction, type Argument, type Comment, type Dockerfile } from 'dockerfile-ast';
import { PropertyInstruction } from 'dockerfile-ast/lib/propertyInstruction';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { carryFromImage } from './fromImage';
import { carryCommands } from '../../shell/tokenizer';
import { carryArguments } from './instructionCaches';

/** What dockerfile-ast's Dockerfile offers besides its published interface: its parse builds it this way. */
interface Assembly {
  /** The text it was parsed from (the parser's own document, never edited). */
  document: TextDocument;
  addInstruction(instruction: Instruction): void;
  addComment(comment: Comment): void;
  setDirectives(directives: unknown[]): void;
  organizeComments(): void;
}

/** The parser's own state at a line that starts an instruction is fresh: at most this many later starts are tried as the end of the lines parsed again. */
const MAX_WIDENINGS = 4;

/**
 * The parse of `text` given the parse of an earlier version of the document, when an edit changed lines without
 * adding or removing any: the instructions and comments around the edit are parsed again, with the
 * lines before them blanked so that positions are the document's, and the others are copies of the
 * earlier ones bound to the new document. Undefined when that might differ from `DockerfileParser.parse`
 * (lines added or removed, an edit up to the first instruction, where parser directives and leading
 * comments are read, a byte order mark, or lines parsed again that do not end where an instruction starts).
 *
 * The parser keeps no state between instructions but the escape character: from a line where an earlier
 * parse started an instruction, the same text parses the same way.
 */
export function reparseDockerfile(text: string, earlier: Dockerfile): Dockerfile | undefined {
  const previous = (earlier as unknown as Assembly).document;
  const before = previous.getText();
  const document = TextDocument.create('', '', 0, text);
  if (document.lineCount !== previous.lineCount || text.charCodeAt(0) === 0xfeff) return undefined;
  const changed = changedLines(document, previous, text, before);
  if (!changed) return undefined;
  const instructions = earlier.getInstructions();
  const first = instructions[0]?.getRange().start.line;
  if (first === undefined || changed.first <= first) return undefined;
  const starts = instructions.map((instruction) => instruction.getRange().start.line);
  let from = changed.first;
  for (const instruction of instructions) {
    const { start, end } = instruction.getRange();
    if (start.line <= changed.last && end.line >= changed.first) {
      from = Math.min(from, start.line);
      break;
    }
  }
  let next = firstAbove(starts, changed.last);
  const directives = earlier.getDirectives();
  const head = text.slice(0, document.offsetAt({ line: directives.length, character: 0 }));
  for (let widening = 0; widening <= MAX_WIDENINGS; widening++) {
    const to = next < starts.length ? starts[next]! : document.lineCount;
    const lines = text.slice(document.offsetAt({ line: from, character: 0 }), to < document.lineCount ? document.offsetAt({ line: to, character: 0 }) : text.length);
    const slice = DockerfileParser.parse(`${head}${'\n'.repeat(from - directives.length)}${lines}`);
    if (slice.getEscapeCharacter() !== earlier.getEscapeCharacter() || slice.getDirectives().length !== directives.length) return undefined;
    const parsed = slice.getInstructions();
    if (to === document.lineCount || parsed.every((instruction) => instruction.getRange().end.line < to)) {
      return assemble(document, earlier, { from, to }, slice);
    }
    next++;
  }
  return undefined;
}

/** The first and last line that differ, when the texts have them at the same lines; none when the texts are equal. */
function changedLines(document: TextDocument, earlier: TextDocument, text: string, before: string): { first: number; last: number } | undefined {
  const shorter = Math.min(text.length, before.length);
  let prefix = 0;
  while (prefix < shorter && text.charCodeAt(prefix) === before.charCodeAt(prefix)) prefix++;
  if (prefix === text.length && prefix === before.length) return undefined;
  let suffix = 0;
  while (suffix < shorter - prefix && text.charCodeAt(text.length - 1 - suffix) === before.charCodeAt(before.length - 1 - suffix)) suffix++;
  const last = document.positionAt(text.length - suffix).line;
  if (last !== earlier.positionAt(before.length - suffix).line) return undefined;
  return { first: document.positionAt(prefix).line, last };
}

/** The index of the first line of `lines` (ascending) above `line`. */
function firstAbove(lines: readonly number[], line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! > line) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The Dockerfile as its parse would build it: the earlier items outside `lines`, then those of `slice` in them, in order. */
function assemble(document: TextDocument, earlier: Dockerfile, lines: { from: number; to: number }, slice: Dockerfile): Dockerfile {
  const Constructor = earlier.constructor as new (document: TextDocument) => Dockerfile;
  const ast = new Constructor(document);
  const assembly = ast as unknown as Assembly;
  assembly.setDirectives(earlier.getDirectives().map((directive) => bound(directive, document, ast)));
  // The lines after the edit are as they were, this much further on.
  const delta = document.getText().length - (earlier as unknown as Assembly).document.getText().length;
  const carried = (instruction: Instruction, moved: number) => {
    const copy = bound(instruction, document, ast);
    if (instruction instanceof From) carryFromImage(instruction, copy as From);
    carryCommands(instruction, copy, moved);
    carryArguments(instruction, copy, moved);
    assembly.addInstruction(copy);
  };
  inLineOrder(earlier.getInstructions(), slice.getInstructions(), lines, {
    before: (instruction) => carried(instruction, 0),
    parsed: (instruction) => assembly.addInstruction(bound(instruction, document, ast)),
    after: (instruction) => carried(instruction, delta),
  });
  const comment = (line: Comment) => assembly.addComment(bound(line, document, ast));
  inLineOrder(earlier.getComments(), slice.getComments(), lines, { before: comment, parsed: comment, after: comment });
  assembly.organizeComments();
  return ast;
}

/**
 * The lines of the new parse in order: the earlier lines that start before `lines`, the lines parsed again
 * that start in them, then the earlier lines that start after them (each list is in line order).
 */
function inLineOrder<T extends { getRange(): { start: { line: number } } }>(
  earlier: readonly T[],
  parsed: readonly T[],
  { from, to }: { from: number; to: number },
  take: { before(line: T): void; parsed(line: T): void; after(line: T): void },
): void {
  let index = 0;
  for (; index < earlier.length && earlier[index]!.getRange().start.line < from; index++) take.before(earlier[index]!);
  for (const line of parsed) {
    const start = line.getRange().start.line;
    if (start >= from && start < to) take.parsed(line);
  }
  for (; index < earlier.length; index++) if (earlier[index]!.getRange().start.line >= to) take.after(earlier[index]!);
}

/**
 * A copy of a parsed line read through `document` and `dockerfile`, made by the line's own class so that it
 * has the shape of the lines a parse makes. The constructors' own reading of the text is skipped (`copying`)
 * and what it gave is copied, with the other fields; what dockerfile-ast computes on demand (`properties`,
 * `flags`) and what our layers cache under symbols is computed again, since it may depend on other lines
 * (a FROM's image, which does not, is carried over by `assemble`).
 */
function bound<T extends object>(line: T, document: TextDocument, dockerfile: Dockerfile): T {
  const fields = line as unknown as Record<string, unknown>;
  const Class = line.constructor as new (...args: unknown[]) => Record<string, unknown>;
  let copy: Record<string, unknown>;
  copying = true;
  try {
    copy = line instanceof Instruction
      ? new Class(document, fields.range, dockerfile, fields.escapeChar, fields.instruction, fields.instructionRange)
      : new Class(document, fields.range, fields.nameRange, fields.valueRange);
  } finally {
    copying = false;
  }
  // for-in, not Object.keys: the same own string keys (dockerfile-ast's methods are not enumerable), read
  // from the shape's cache instead of a new array for each of a long file's lines.
  for (const key in line) {
    // `flags` is computed again on demand, but keeps its place among the fields: the shape is their order too.
    if (key === 'flags') copy.flags = undefined;
    else if (!CONSTRUCTED.has(key)) copy[key] = fields[key];
  }
  return copy as T;
}

/** The fields `bound` leaves as the constructor set them: the new document and Dockerfile, and `properties`, computed on demand. */
const CONSTRUCTED = new Set(['document', 'dockerfile', 'range', 'escapeChar', 'instruction', 'instructionRange', 'nameRange', 'valueRange', 'properties']);

/** True while `bound` runs a constructor: the constructors of JSON and property instructions then read no text. */
let copying = false;

const rawArgumentsContent = Instruction.prototype.getRawArgumentsContent;
Object.defineProperty(Instruction.prototype, 'getRawArgumentsContent', {
  configurable: true,
  writable: true,
  value(this: Instruction): string | null {
    return copying ? null : rawArgumentsContent.call(this);
  },
});

const propertyArguments = PropertyInstruction.prototype.getPropertyArguments;
Object.defineProperty(PropertyInstruction.prototype, 'getPropertyArguments', {
  configurable: true,
  writable: true,
  value(this: PropertyInstruction): Argument[] {
    return copying ? [] : propertyArguments.call(this);
  },
});
