import { argumentsText, byKeyword } from '../instructions';
import { insertLineBefore } from '../../../edits/lines';
import { rangeAt } from '../../../text/ranges';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-trailing-comment-in-from',
  aliases: [],
  severity: 'error',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['Comments start their line', 'is not a comment'],
  summary: 'A `#` after `FROM image` is not a comment: put the comment on its own line.',
  docs: {
    why:
      'A Dockerfile comment must start its line. After an instruction, `#` and the words after it are more ' +
      'arguments: `FROM node:24 # base` has three, and the build fails ("second argument should be AS").',
    bad: 'FROM node:24-alpine  # the runtime base',
    good: '# the runtime base\nFROM node:24-alpine',
  },
  *check({ document, dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'FROM')) {
      const args = argumentsText(document, instruction, dockerfile.escapeChar);
      const hash = args && args.text.includes('#') && /(^|\s)(#.*?)\s*$/.exec(args.text);
      if (!args || !hash) continue;
      const start = args.offset + hash.index + hash[1]!.length;
      const range = rangeAt(document, start, hash[2]!.length);
      const singleLine = range.start.line === instruction.getRange().start.line && range.end.line === range.start.line;
      // With nothing before the `#`, moving it out leaves a FROM with no image, and with the escape character
      // before it, a line continuation: no fix, the line needs a person.
      const kept = args.text.slice(0, hash.index).trim();
      const image = kept !== '' && !kept.endsWith(dockerfile.escapeChar);
      const before = /\s*$/.exec(args.text.slice(0, hash.index + hash[1]!.length))![0].length;
      yield {
        range,
        message: 'A `#` after `FROM` is not a comment: Docker reads it as more arguments and the build fails.',
        fixes: singleLine && image
          ? [
              {
                title: 'Move the comment to its own line',
                edits: [
                  insertLineBefore(document, range.start.line, hash[2]!),
                  { range: { start: document.positionAt(start - before), end: range.end }, newText: '' },
                ],
              },
            ]
          : undefined,
      };
    }
  },
});
