import { deleteLines } from '../../../edits/lines';
import { stagesOf } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const SINGLETONS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineDockerfileRule({
  id: 'dockerfile/no-overridden-instruction',
  aliases: ['MultipleInstructionsDisallowed', 'DL4003', 'DL4004', 'DL3012'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['MultipleInstructionsDisallowed', 'only the last'],
  summary: 'A stage should have at most one CMD, one ENTRYPOINT and one HEALTHCHECK: only the last one counts.',
  docs: {
    why: 'Docker keeps only the last `CMD`, `ENTRYPOINT` and `HEALTHCHECK` of a stage; the earlier ones do nothing and mislead the reader.',
    bad: 'FROM node:24-slim\nCMD ["node", "migrate.js"]\nCMD ["node", "server.js"]',
    good: 'FROM node:24-slim\nCMD ["node", "server.js"]',
    differsFromHadolint:
      'the overridden instructions are reported (all but the last of the stage), as BuildKit reports ' +
      'MultipleInstructionsDisallowed; hadolint reports the second and later ones.',
  },
  *check({ document, dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      for (const keyword of SINGLETONS) {
        const all = stageInstructions(dockerfile, stage, keyword);
        const last = all.at(-1);
        for (const instruction of all.slice(0, -1)) {
          yield {
            range: instruction.getInstructionRange(),
            message: `This ${code(keyword)} is overridden by the one on line ${(last?.getRange().start.line ?? 0) + 1}, so it has no effect.`,
            fixes: [{ title: `Remove the overridden ${keyword}`, edits: [deleteLines(document, instruction.getRange())] }],
          };
        }
      }
    }
  },
});
