import { argumentWord, flagsOf, byKeyword } from '../instructions';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|gz|bz2|xz|zst|lz4)$/i;
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);

export default defineDockerfileRule({
  id: 'dockerfile/prefer-copy',
  aliases: ['DL3020', 'CKV_DOCKER_4', 'DS005'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-verified-downloads'],
  subject: ['`ADD`', 'ADD vs COPY'],
  summary: 'Use COPY for local files; ADD only when you need its extra powers.',
  docs: {
    why:
      'ADD also downloads URLs and silently unpacks local tar archives. For plain files it does the same as ' +
      'COPY, but a reader cannot tell whether an archive will be extracted, and a renamed file can change ' +
      'what the build does. COPY says exactly what happens.',
    bad: 'ADD requirements.txt /app/',
    good: 'COPY requirements.txt /app/',
  },
  *check({ document, dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'ADD')) {
      const flags = flagsOf(instruction);
      if (flags.some((flag) => ADD_ONLY_FLAGS.has(flag.getName()))) continue;
      const values = instruction.getArguments().map((argument) => argumentWord(document, argument, dockerfile.escapeChar));
      const raw = instruction.getRawArgumentsContent() ?? '';
      if (values.length < 2 || raw.trimStart().startsWith('[') || raw.includes('<<')) continue;
      const sources = values.slice(0, -1);
      const local = sources.every((source) => !/^[a-z][a-z0-9+.-]*:\/\/|^git@|\.git(#|$)/i.test(source) && !ARCHIVE.test(source) && !source.includes('$'));
      if (!local) continue;
      const range = instruction.getInstructionRange();
      yield {
        range,
        message: `\`ADD ${sources.join(' ')}\` copies local files: \`COPY\` does the same without ADD's download and unpack behaviour.`,
        fixes: [replaceFix('Use COPY', range, instruction.getInstruction() === 'add' ? 'copy' : 'COPY')],
      };
    }
  },
});
