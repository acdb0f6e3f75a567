import { Parser } from 'dockerfile-ast/lib/parser';
import type { Dockerfile, Instruction } from 'dockerfile-ast';

/** The parser method that builds each instruction from its offsets in the text. */
interface InstructionMaker {
  createInstruction(dockerfile: Dockerfile, keyword: string, start: number, keywordEnd: number, end: number): Instruction;
}

const prototype = Parser.prototype as unknown as InstructionMaker;
const createInstruction = prototype.createInstruction;

/** dockerfile-ast's own `createInstruction`, as published, which the one below replaces: what tests compare ours with. */
export const publishedCreateInstruction = createInstruction;
const lastMade = Symbol('last instruction made');
type Maker = InstructionMaker & { [lastMade]?: { dockerfile: Dockerfile; keyword: string; start: number; keywordEnd: number; end: number; made: Instruction } };

/**
 * dockerfile-ast builds every instruction with arguments twice: once to look for heredocs in its arguments,
 * then again, from the same offsets when there is none, to add to the Dockerfile. Each build splits the
 * arguments and, for the JSON instructions (RUN, CMD, COPY…), scans them for a JSON array. When the second
 * call asks for the instruction just made, from the same offsets of the same parse, it is handed that one.
 */
Object.defineProperty(prototype, 'createInstruction', {
  configurable: true,
  writable: true,
  value(this: Maker, dockerfile: Dockerfile, keyword: string, start: number, keywordEnd: number, end: number): Instruction {
    const last = this[lastMade];
    if (last && last.dockerfile === dockerfile && last.start === start && last.keywordEnd === keywordEnd && last.end === end && last.keyword === keyword) {
      this[lastMade] = undefined;
      return last.made;
    }
    const made = createInstruction.call(this, dockerfile, keyword, start, keywordEnd, end);
    this[lastMade] = { dockerfile, keyword, start, keywordEnd, end, made };
    return made;
  },
});
