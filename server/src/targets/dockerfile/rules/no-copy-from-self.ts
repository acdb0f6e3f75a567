import type { Copy } from 'dockerfile-ast';
import { stagesOf } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-copy-from-self',
  aliases: ['DL3023', 'DS006'],
  severity: 'error',
  questions: ['cc-multi-stage-names', 'q3', 'q4'],
  subject: ['COPY --from'],
  summary: '`COPY --from` cannot copy from the stage it is in.',
  docs: {
    why:
      'A stage cannot read its own result while it is being built: the build fails with a circular ' +
      'dependency. Copy from an earlier stage, or use a plain COPY or RUN inside the stage.',
    bad: 'FROM node:24 AS build\nCOPY --from=build /app/dist /srv',
    good: 'FROM node:24 AS build\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /srv',
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      for (const instruction of stageInstructions(dockerfile, stage, 'COPY')) {
        const flag = (instruction as Copy).getFromFlag();
        const value = flag?.getValue()?.toLowerCase();
        const range = flag?.getValueRange();
        if (!value || !range || (value !== stage.name && value !== String(stage.index))) continue;
        yield { range, message: `\`--from=${flag!.getValue()}\` names the stage this COPY is in, which cannot copy from itself.` };
      }
    }
  },
});
