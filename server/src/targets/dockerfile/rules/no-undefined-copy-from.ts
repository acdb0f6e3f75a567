import type { Copy } from 'dockerfile-ast';
import { stageOf, stagesOf } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { byKeyword } from '../instructions';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-undefined-copy-from',
  aliases: ['DL3022'],
  severity: 'warning',
  questions: ['cc-multi-stage-names', 'q3', 'q4'],
  subject: ['COPY --from'],
  summary: '`COPY --from` should name a stage defined earlier (or an image with a tag).',
  docs: {
    why:
      'When `--from` names no earlier stage, Docker treats it as an image and pulls it from a registry: a ' +
      'typo in a stage name (`--from=buidler`) or a stage defined further down the file quietly copies ' +
      'from some other image, or fails with a confusing pull error.',
    bad: 'FROM golang:1.26 AS builder\nRUN go build -o /app\nFROM alpine:3.23\nCOPY --from=buidler /app /app',
    good: 'FROM golang:1.26 AS builder\nRUN go build -o /app\nFROM alpine:3.23\nCOPY --from=builder /app /app',
    differsFromHadolint:
      'in an `ONBUILD COPY --from=<name>` trigger, which runs in the child\'s build, we report only a name that is a ' +
      'stage of this file (it will not exist there); hadolint reports every name, though the child may define it.',
  },
  *check({ dockerfile }) {
    const stages = stagesOf(dockerfile);
    for (const stage of stages) {
      for (const instruction of stageInstructions(dockerfile, stage, 'COPY')) {
        const flag = (instruction as Copy).getFromFlag();
        const value = flag?.getValue();
        const range = flag?.getValueRange();
        if (!flag || !value || !range || value.includes('$') || /[:/@]/.test(value)) continue;
        if (/^\d+$/.test(value)) {
          if (Number(value) < stage.index) continue;
          yield { range, message: `\`--from=${value}\` points at stage ${value}, which is not defined before this one.` };
          continue;
        }
        const name = value.toLowerCase();
        if (stages.some((other) => other.index < stage.index && other.name === name) || stage.name === name) continue;
        const later = stages.some((other) => other.index > stage.index && other.name === name);
        yield {
          range,
          message: later
            ? `\`--from=${value}\` names a stage defined later in the file; define it before this one.`
            : `No stage named \`${value}\` is defined before this COPY, so Docker pulls an image called \`${value}\`.`,
        };
      }
    }
    // A trigger runs in the build of a child image: a name there is one of the child's stages, or an image.
    // A stage of this file built on the trigger's stage runs it here, where the names are this file's.
    for (const instruction of byKeyword(dockerfile, 'COPY')) {
      const owner = dockerfile.triggers.has(instruction) ? stageOf(dockerfile, instruction) : undefined;
      if (!owner || stages.some((stage) => stage.parent === owner)) continue;
      const flag = (instruction as Copy).getFromFlag();
      const value = flag?.getValue();
      const range = flag?.getValueRange();
      if (!value || !range || !stages.some((stage) => stage.name === value.toLowerCase())) continue;
      yield {
        range,
        message: `\`--from=${value}\` names a stage of this Dockerfile, but an ONBUILD trigger runs in the build of a child image, where \`${value}\` must be one of the child's stages or an image.`,
      };
    }
  },
});
