import { eachContainerImage } from '../model';
import { endOfLifeImage, endOfLifeMessage, endOfLifeWhy } from '../../eolImages';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-eol-image',
  aliases: [],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-eol-images'],
  subject: ['end of life'],
  summary: 'Run a maintained version: end-of-life images get no security fixes.',
  docs: {
    why: endOfLifeWhy,
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: worker\nspec:\n  containers:\n    - name: worker\n      image: python:3.8-slim',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: worker\nspec:\n  containers:\n    - name: worker\n      image: python:3.13-slim',
  },
  *check({ document, objects }, { today }) {
    for (const { pair, image, reference } of eachContainerImage(objects)) {
      const entry = endOfLifeImage(reference, today);
      if (entry) yield { range: valueRange(document, pair), message: endOfLifeMessage(image.trim(), entry) };
    }
  },
});
