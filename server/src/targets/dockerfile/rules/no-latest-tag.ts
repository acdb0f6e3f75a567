import { stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-latest-tag',
  aliases: ['DL3007', 'DS001', 'CKV_DOCKER_7'],
  severity: 'warning',
  questions: ['cc-image-references'],
  subject: [':latest', '`latest`', 'latest tag'],
  summary: 'Do not build on `:latest`; name the version of the base image.',
  docs: {
    why:
      '`latest` is just the tag the publisher moved last: builds are not reproducible, a major version can ' +
      'arrive without notice, and you cannot tell from the Dockerfile what the image runs on.',
    bad: 'FROM python:latest',
    good: 'FROM python:3.12-slim-bookworm',
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      if (stage.tag !== 'latest' || stage.digest !== undefined) continue;
      const range = stage.from.getImageTagRange();
      if (!range) continue;
      yield { range, message: `\`${stage.image}:latest\` changes whenever the publisher pushes: name a version.` };
    }
  },
});
