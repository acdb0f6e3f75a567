import { JSONInstruction, type Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
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
      if (raw.includes('<<')) continue;
      const words = pathWords(document, instruction, dockerfile.escapeChar);
      const destination = words?.at(-1);
      if (!words || words.length < 3 || !destination) continue;
      const { value, range } = destination;
      if (value.endsWith('/') || value.endsWith('\\') || value.includes('$')) continue;
      const slashAt = /["']$/.test(document.getText(range)) ? { line: range.end.line, character: range.end.character - 1 } : range.end;
      yield {
        range,
        message: `\`${value}\` receives ${words.length - 1} sources, so it must be a directory written with a trailing \`/\`.`,
        fixes: [insertFix(`Write \`${value}/\``, slashAt, '/')],
      };
    }
  },
});

/** The sources and destination of a COPY or ADD, unquoted, in shell form or JSON form (`["a", "b", "dir/"]`); undefined for a JSON form that does not parse. */
function pathWords(document: TextDocument, instruction: Instruction, escapeChar: string): { value: string; range: Range }[] | undefined {
  const strings = instruction instanceof JSONInstruction ? instruction.getJSONStrings() : [];
  if (strings.length > 0) return strings.map((string) => ({ value: string.getJSONValue(), range: string.getRange() }));
  if ((instruction.getRawArgumentsContent() ?? '').trimStart().startsWith('[')) return undefined;
  return instruction.getArguments().map((argument) => ({ value: argumentWord(document, argument, escapeChar), range: argument.getRange() }));
}
