import { code } from '../../../text/markdown';
import { replaceFix } from '../../../edits/textEdits';
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
      'release will end the instruction there. It also hides that the next lines still belong to the command.',
    bad: 'RUN apk add --no-cache \\\n\n    curl',
    good: 'RUN apk add --no-cache \\\n    curl',
  },
  *check({ document, dockerfile }) {
    for (const instruction of dockerfile.instructions) {
      const { start, end } = instruction.getRange();
      // The ONBUILD holding a trigger covers its lines.
      if (end.line === start.line || dockerfile.triggers.has(instruction)) continue;
      const source = document.getText({ start: { line: start.line, character: 0 }, end });
      // Without a blank line between two line breaks, no line is empty.
      if (!/\n[^\S\n]*\n/.test(source) || /<<-?\s*["']?\w/.test(source)) continue;
      const lines = source.split('\n');
      for (let line = start.line + 1; line < end.line; line++) {
        const text = lines[line - start.line];
        if (/\S/.test(text)) continue;
        const range = { start: { line, character: 0 }, end: { line, character: text.replace(/\r$/, '').length } };
        yield {
          range,
          message: `Empty line ${line + 1} continues the ${code(instruction.getKeyword())} started on line ${start.line + 1}; a future Docker release will end the instruction here.`,
          fixes: [replaceFix('Remove the empty line', { start: range.start, end: { line: line + 1, character: 0 } }, '')],
        };
      }
    }
  },
});
