import { pulledImage } from '../model';
import { endOfLifeImage, endOfLifeMessage, endOfLifeWhy } from '../../eolImages';
import { parseImageReference } from '../../../parsing/imageReference';
import { nodeRange } from '../../../parsing/yaml';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-eol-image',
  aliases: [],
  severity: 'warning',
  questions: ['cc-eol-images'],
  subject: ['end of life'],
  summary: 'Run a maintained version: end-of-life images get no security fixes.',
  docs: { why: endOfLifeWhy, bad: 'services:\n  db:\n    image: debian:buster-slim', good: 'services:\n  db:\n    image: debian:trixie-slim' },
  *check({ document, compose }, { today }) {
    for (const service of compose.services) {
      const pulled = pulledImage(service);
      if (!pulled || pulled.image.includes('$')) continue;
      const entry = endOfLifeImage(parseImageReference(pulled.image), today);
      const range = entry && nodeRange(document, pulled.node);
      if (entry && range) yield { range, message: endOfLifeMessage(pulled.image.trim(), entry) };
    }
  },
});
