import { stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const RESERVED = new Set(['scratch', 'context']);

export default defineDockerfileRule({
  id: 'dockerfile/no-reserved-stage-name',
  aliases: ['ReservedStageName', 'DL3063'],
  severity: 'error',
  questions: ['cc-multi-stage-names'],
  subject: ['ReservedStageName'],
  summary: 'A stage must not be named `scratch` or `context`.',
  docs: {
    why: '`scratch` is the empty base image and `context` names the build context in `COPY --from`; a stage with either name cannot be referenced.',
    bad: 'FROM alpine AS scratch',
    good: 'FROM alpine AS base',
  },
  *check({ dockerfile }) {
    for (const { from, name } of stagesOf(dockerfile)) {
      const range = from.getBuildStageRange();
      if (name && range && RESERVED.has(name)) {
        yield { range, message: `${code(from.getBuildStage() ?? name)} is a reserved name and cannot be used for a stage.` };
      }
    }
  },
});
