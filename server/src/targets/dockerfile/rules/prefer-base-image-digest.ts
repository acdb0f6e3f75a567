import { stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/prefer-base-image-digest',
  aliases: [],
  severity: 'info',
  questions: ['q269', 'q279', 'cc-image-references'],
  subject: ['@sha256', 'digest'],
  summary: 'Pin base images by digest for reproducible, tamper-evident builds.',
  docs: {
    why:
      'A tag can be moved to another image at any time, by the publisher or by an attacker with registry access. ' +
      'A digest (`@sha256:…`) always names the same bytes; keep the tag beside it for readers and let a bot ' +
      '(Renovate, Dependabot) update both.',
    bad: 'FROM node:24-alpine',
    good: 'FROM node:24-alpine@sha256:<digest from `docker buildx imagetools inspect node:24-alpine`>',
  },
  *check({ dockerfile }) {
    const stages = stagesOf(dockerfile);
    const names = new Set(stages.map((stage) => stage.name).filter(Boolean));
    for (const { from } of stages) {
      const image = from.getImage();
      const range = from.getImageRange();
      if (!image || !range || image.includes('$') || image.includes('@')) continue;
      if (image.toLowerCase() === 'scratch' || names.has(image.toLowerCase())) continue;
      yield { range, message: `${code(image)} is not pinned by digest, so a rebuild may get a different image.` };
    }
  },
});
