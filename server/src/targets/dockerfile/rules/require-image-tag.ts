import { stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-image-tag',
  aliases: ['DL3006'],
  severity: 'warning',
  questions: ['cc-image-references'],
  subject: [':latest', '`latest`', 'version tag'],
  summary: 'Name the version of a base image (`node:24.12-bookworm-slim`), not just `node`.',
  docs: {
    why:
      'An image without a tag means `:latest`: whatever the publisher pushed last. The same Dockerfile then ' +
      'builds a different image next month, a major upgrade arrives unannounced, and a rollback rebuild ' +
      'is not the old image. Pin a tag, or a digest for full reproducibility.',
    bad: 'FROM node',
    good: 'FROM node:24.12-bookworm-slim',
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      const image = stage.image;
      const range = stage.from.getImageRange();
      if (!image || !range || stage.tag !== undefined || stage.digest !== undefined) continue;
      if (image === 'scratch' || !/^[\w.\-/:]+$/.test(image) || stage.parent) continue;
      yield { range, message: `\`${stage.from.getImage()}\` has no tag, so every build may pull a different \`latest\` image.` };
    }
  },
});
