import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-from-first',
  aliases: ['DL3061'],
  severity: 'error',
  questions: ['q273'],
  subject: ['FROM '],
  summary: 'A Dockerfile starts with FROM; only ARG (and comments) may come before it.',
  docs: {
    why:
      'Every instruction other than ARG belongs to a build stage, and a stage begins with FROM. An ' +
      'instruction before the first FROM fails the build with "no build stage in current context".',
    bad: 'RUN apt-get update\nFROM debian:12',
    good: 'ARG DEBIAN_VERSION=12\nFROM debian:${DEBIAN_VERSION}\nRUN apt-get update',
  },
  *check({ dockerfile }) {
    for (const instruction of dockerfile.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword === 'FROM') return;
      if (keyword === 'ARG') continue;
      yield { range: instruction.getInstructionRange(), message: `\`${instruction.getInstruction()}\` comes before the first FROM, outside any build stage.` };
      return;
    }
  },
});
