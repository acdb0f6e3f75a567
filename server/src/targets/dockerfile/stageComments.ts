import { DockerfileParser, type Comment } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { comparePositions, contains } from '../../text/ranges';

/** The parts of dockerfile-ast's image templates (the instructions before the first FROM, each build stage) read here. */
interface Template {
  getRange(): Range | null;
  addComment(comment: Comment): void;
}

/** The parts of dockerfile-ast's Dockerfile that its `organizeComments` reads. */
interface CommentOwners {
  initialInstructions: Template;
  buildStages: Template[];
  getComments(): Comment[];
  organizeComments(): void;
}

const prototype = Object.getPrototypeOf(DockerfileParser.parse('')) as CommentOwners;
const organizeEveryPair = prototype.organizeComments;

/**
 * dockerfile-ast hands each comment to the build stages whose range holds it by testing every comment
 * against every stage, and computes each stage's range afresh for each test: a file of 1,300 stages and
 * as many comments makes 1.7 million ranges on every parse. The stages' ranges are computed once here and,
 * as they follow one another without overlap, each comment's stage is found by a binary search; ranges
 * in any other order (none that the parser makes) go the library's own way.
 */
Object.defineProperty(prototype, 'organizeComments', {
  configurable: true,
  writable: true,
  value(this: CommentOwners): void {
    const stages = this.buildStages;
    const ranges = stages.map((stage) => stage.getRange());
    const initial = this.initialInstructions.getRange();
    if (!initial || !inOrder(initial, ranges)) return organizeEveryPair.call(this);
    for (const comment of this.getComments()) {
      const { start, end } = comment.getRange();
      if (contains(initial, end)) {
        this.initialInstructions.addComment(comment);
        continue;
      }
      const index = lastStartingAtOrBefore(ranges, start);
      if (index >= 0 && comparePositions(start, ranges[index].end) <= 0) stages[index].addComment(comment);
    }
  },
});

/** Each range ends at or after its start, and each stage's range starts after the one before ends. */
function inOrder(initial: Range, ranges: readonly (Range | null)[]): ranges is Range[] {
  if (comparePositions(initial.start, initial.end) > 0) return false;
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index];
    if (!range || comparePositions(range.start, range.end) > 0) return false;
    if (index > 0 && comparePositions(ranges[index - 1]!.end, range.start) >= 0) return false;
  }
  return true;
}

/** The index of the last range that starts at or before the position; -1 when none does. */
function lastStartingAtOrBefore(ranges: readonly Range[], position: Range['start']): number {
  let low = 0;
  let high = ranges.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (comparePositions(ranges[middle].start, position) <= 0) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** dockerfile-ast's own `organizeComments`, as published, which the one above replaces: what tests compare ours with. */
export function publishedOrganizeComments(dockerfile: object): void {
  organizeEveryPair.call(dockerfile as CommentOwners);
}
