import { labelPairs } from '../labels';
import { copySourceStages, stageChain, stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-schema-labels',
  aliases: ['DL3049'],
  severity: 'info',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'Every label of the configured label schema is set in each image the file builds.',
  docs: {
    why:
      'A label schema (`label-schema:` in `.hadolint.yaml`, `labelSchema:` in `.container-coach.yaml`) lists ' +
      'the labels your images must carry, such as the owner or the source revision that registries, scanners ' +
      'and `docker inspect` read. Without a schema this rule reports nothing. A stage is reported at its FROM, ' +
      'once for the labels neither it nor a stage it builds on sets; a stage that a later `COPY --from` reads ' +
      '(a build stage) is not.',
    bad: '# label-schema: { org.opencontainers.image.source: url }\nFROM alpine:3.20\nCMD ["sh"]',
    good: '# label-schema: { org.opencontainers.image.source: url }\nFROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"\nCMD ["sh"]',
  },
  *check({ dockerfile, workspace }) {
    const required = Object.keys(workspace.labelSchema ?? {});
    if (required.length === 0) return;
    const stages = stagesOf(dockerfile);
    const copied = copySourceStages(stages);
    for (const stage of stages) {
      if (copied.has(stage)) continue;
      const set = new Set(stageChain(stages, stage).flatMap((member) => member.instructions.flatMap(labelPairs).map((pair) => pair.key)));
      const missing = required.filter((key) => !set.has(key));
      if (missing.length === 0) continue;
      const labels = missing.map((label) => code(label)).join(', ');
      yield { range: stage.from.getInstructionRange(), message: `This image lacks ${missing.length === 1 ? 'the label' : 'the labels'} ${labels} of the label schema.` };
    }
  },
});
