import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-empty-continuation',
  aliases: ['NoEmptyContinuation'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['continuation'],
  summary: 'An empty line should not interrupt an instruction continued with `\\`.',
  docs: {
    why:
      'Docker skips empty lines inside a continued instruction today, but it is deprecated and a future ' +
      'release will end the instruction there. It also hides that the next lines still belong to the command. ' +
      'Reported once per instruction, on its last line, where `docker build --check` reports it; the fix removes every empty line.',
    bad: 'RUN apk add --no-cache \\\n\n    curl',
    good: 'RUN apk add --no-cache \\\n    curl',
  },
  // One finding per instruction, on its last line: where `docker build --check` reports it.
  *check({ document, dockerfile }) {
    for (const instruction of dockerfile.instructions) {
      const { start, end } = instruction.getRange();
      // The ONBUILD holding a trigger covers its lines.
      if (end.line === start.line || dockerfile.triggers.has(instruction)) continue;
      const source = document.getText({ start: { line: start.line, character: 0 }, end });
      // Without a blank line between two line breaks, no line is empty.
      if (!/\n[^\S\n]*\n/.test(source) || /<<-?\s*["']?\w/.test(source)) continue;
      const lines = source.split('\n');
      const empty: number[] = [];
      for (let line = start.line + 1; line < end.line; line++) if (!/\S/.test(lines[line - start.line])) empty.push(line);
      if (empty.length === 0) continue;
      const last = lines[lines.length - 1].replace(/\r$/, '');
      const named = empty.length === 1 ? `Empty line ${empty[0] + 1} continues` : `Empty lines ${listed(empty.map((line) => line + 1))} continue`;
      yield {
        range: { start: { line: end.line, character: last.length - last.trimStart().length }, end: { line: end.line, character: last.length } },
        message: `${named} the ${code(instruction.getKeyword())} started on line ${start.line + 1}; a future Docker release will end the instruction there.`,
        fixes: [{ title: empty.length === 1 ? 'Remove the empty line' : 'Remove the empty lines', edits: empty.map((line) => ({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' })) }],
      };
    }
  },
});

function listed(numbers: number[]): string {
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
