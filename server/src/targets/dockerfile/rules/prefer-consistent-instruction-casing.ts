import type { Instruction } from 'dockerfile-ast';
import { code } from '../../../text/markdown';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

const KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

export default defineDockerfileRule({
  id: 'dockerfile/prefer-consistent-instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['ConsistentInstructionCasing'],
  summary: 'Instruction keywords should all be uppercase (or all lowercase).',
  docs: {
    why: 'Keywords are case-insensitive, but mixing `RUN` and `run` (or writing `Run`) makes a Dockerfile harder to scan; BuildKit warns about it.',
    bad: 'FROM alpine\nrun apk add --no-cache curl',
    good: 'FROM alpine\nRUN apk add --no-cache curl',
  },
  *check({ dockerfile }) {
    // As BuildKit: the instructions of the stages, neither the ARGs before the first FROM nor the triggers of ONBUILD.
    const first = dockerfile.instructions.findIndex((instruction) => instruction.getKeyword() === 'FROM');
    const keywords = dockerfile.instructions
      .filter((instruction, index) => index >= first && first >= 0 && KEYWORDS.has(instruction.getKeyword()) && !dockerfile.triggers.has(instruction))
      .map(keywordOf);
    const lower = keywords.filter((keyword) => keyword.text === keyword.text.toLowerCase()).length;
    const upper = keywords.filter((keyword) => keyword.text === keyword.text.toUpperCase()).length;
    const wantLower = lower > upper;
    for (const { text, instruction } of keywords) {
      const wanted = wantLower ? text.toLowerCase() : text.toUpperCase();
      if (text === wanted) continue;
      const range = instruction.getInstructionRange();
      yield {
        range,
        message: `${code(text)} does not match the ${wantLower ? 'lowercase' : 'uppercase'} keywords of this file.`,
        fixes: [replaceFix(`Write ${wanted}`, range, wanted)],
      };
    }
  },
});

function keywordOf(instruction: Instruction): { text: string; instruction: Instruction } {
  return { text: instruction.getInstruction(), instruction };
}
