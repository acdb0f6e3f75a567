import { stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-duplicate-stage-name',
  aliases: ['DL3024', 'DuplicateStageName', 'CKV_DOCKER_11', 'DS012'],
  severity: 'error',
  questions: ['cc-multi-stage-names', 'q3', 'q4'],
  subject: ['stage name', 'multi-stage'],
  summary: 'Stage names (`FROM … AS name`) must be unique.',
  docs: {
    why:
      'Stage names are compared without regard to case, and BuildKit rejects a file that defines one twice; ' +
      'older builders silently used one of them, so `COPY --from` and `--target` pointed at the wrong stage.',
    bad: 'FROM node:24 AS build\nFROM golang:1.26 AS build',
    good: 'FROM node:24 AS web-build\nFROM golang:1.26 AS api-build',
  },
  *check({ dockerfile }) {
    const earlier = new Set<string>();
    for (const stage of stagesOf(dockerfile)) {
      const range = stage.from.getBuildStageRange();
      const repeated = stage.name !== undefined && earlier.has(stage.name);
      if (stage.name) earlier.add(stage.name);
      if (!repeated || !range) continue;
      yield { range, message: `The stage name \`${stage.from.getBuildStage()}\` is already used by an earlier stage.` };
    }
  },
});
