import { stagesOf } from '../stages';
import { endOfLifeImage, endOfLifeMessage, endOfLifeWhy } from '../../eolImages';
import { defineDockerfileRule } from '../../../engine/rule';

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
      if (stage.parent || !stage.image || !stage.tag || `${stage.image}:${stage.tag}`.includes('$')) continue;
      const registry = stage.from.getRegistry();
      const repository = registry ? `${registry}/${stage.image}` : stage.image;
      const entry = endOfLifeImage({ repository, tag: stage.tag }, today);
      const range = stage.from.getImageTagRange();
      if (entry && range) yield { range, message: endOfLifeMessage(`${repository}:${stage.tag}`, entry) };
    }
  },
});
