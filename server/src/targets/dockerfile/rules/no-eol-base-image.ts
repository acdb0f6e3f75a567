import { stagesOf } from '../stages';
import { endOfLifeImage, endOfLifeImages, endOfLifeMessage, endOfLifeWhy } from '../../eolImages';
import { defineDockerfileRule } from '../../../engine/rule';

/** The official images the table knows: an image whose last path segment is none of them has no entry. */
const KNOWN_IMAGES = new Set(endOfLifeImages.map((entry) => entry.name));

export default defineDockerfileRule({
  id: 'dockerfile/no-eol-base-image',
  aliases: [],
  severity: 'warning',
  questions: ['cc-eol-images'],
  subject: ['end of life'],
  summary: 'Build on a maintained version: end-of-life base images get no security fixes.',
  docs: { why: endOfLifeWhy, bad: 'FROM node:16-alpine', good: 'FROM node:24-alpine' },
  *check({ dockerfile }, { today }) {
    for (const stage of stagesOf(dockerfile)) {
      if (stage.parent || !stage.image || !stage.tag || stage.image.includes('$') || stage.tag.includes('$')) continue;
      if (!KNOWN_IMAGES.has(stage.image.slice(stage.image.lastIndexOf('/') + 1))) continue;
      const registry = stage.from.getRegistry();
      const repository = registry ? `${registry}/${stage.image}` : stage.image;
      const entry = endOfLifeImage({ repository, tag: stage.tag }, today);
      const range = stage.from.getImageTagRange();
      if (entry && range) yield { range, message: endOfLifeMessage(`${repository}:${stage.tag}`, entry) };
    }
  },
});
