import { argumentWord, byKeyword } from '../instructions';
import { insertFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-copy-dest-slash',
  aliases: ['DL3021', 'DS011'],
  severity: 'error',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['ending in `/`'],
  summary: 'When COPY or ADD has several sources, the destination must end with `/`.',
  docs: {
    why:
      'With more than one source the destination has to be a directory, and the builder only accepts it ' +
      'when it ends with `/`: `COPY package.json package-lock.json /app` fails the build.',
    bad: 'COPY package.json package-lock.json /app',
    good: 'COPY package.json package-lock.json /app/',
  },
  *check({ document, dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'COPY', 'ADD')) {
      const raw = instruction.getRawArgumentsContent() ?? '';
      if (raw.trimStart().startsWith('[') || raw.includes('<<')) continue;
      const args = instruction.getArguments();
      const destination = args[args.length - 1];
      if (args.length < 3 || !destination) continue;
      const value = argumentWord(document, destination, dockerfile.escapeChar);
      if (value.endsWith('/') || value.endsWith('\\') || value.includes('$')) continue;
      const range = destination.getRange();
      const slashAt = /["']$/.test(document.getText(range)) ? { line: range.end.line, character: range.end.character - 1 } : range.end;
      yield {
        range,
        message: `\`${value}\` receives ${args.length - 1} sources, so it must be a directory written with a trailing \`/\`.`,
        fixes: [insertFix(`Write \`${value}/\``, slashAt, '/')],
      };
    }
  },
});
