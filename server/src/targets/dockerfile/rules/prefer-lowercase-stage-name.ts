import type { TextEdit } from 'vscode-languageserver-types';
import { flagNamed } from '../instructions';
import { stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';
import { fromImage } from '../fromImage';

export default defineDockerfileRule({
  id: 'dockerfile/prefer-lowercase-stage-name',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-multi-stage-names'],
  subject: ['stage name', 'StageNameCasing'],
  summary: 'Stage names should be lowercase.',
  docs: {
    why:
      'BuildKit compares stage names case-insensitively and warns about uppercase letters in them; a lowercase ' +
      'name reads the same in `FROM … AS`, `COPY --from` and `--target`.',
    bad: 'FROM node:24 AS Builder\nFROM nginx\nCOPY --from=Builder /app/dist /usr/share/nginx/html',
    good: 'FROM node:24 AS builder\nFROM nginx\nCOPY --from=builder /app/dist /usr/share/nginx/html',
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      const name = fromImage(stage.from).stage;
      if (!name || name === name.toLowerCase()) continue;
      const range = stage.from.getBuildStageRange();
      if (!range) continue;
      const lower = name.toLowerCase();
      const edits: TextEdit[] = [{ range, newText: lower }];
      for (const instruction of dockerfile.instructions) {
        const from = flagNamed(instruction, 'from');
        const valueRange = from?.getValueRange();
        if (from && valueRange && from.getValue() === name) edits.push({ range: valueRange, newText: lower });
        const mount = flagNamed(instruction, 'mount');
        for (const option of mount?.getOptions() ?? []) {
          const optionRange = option.getValueRange();
          if (option.getName() === 'from' && option.getValue() === name && optionRange) edits.push({ range: optionRange, newText: lower });
        }
        if (instruction.getKeyword() === 'FROM' && instruction !== stage.from) {
          const imageRange = (instruction as typeof stage.from).getImageRange();
          if (imageRange && (instruction as typeof stage.from).getImage() === name) edits.push({ range: imageRange, newText: lower });
        }
      }
      yield {
        range,
        message: `Stage name ${code(name)} has uppercase letters; BuildKit expects lowercase stage names.`,
        fixes: [{ title: `Rename the stage to ${lower}`, edits }],
      };
    }
  },
});
