import { pulledImage } from '../model';
import { parseImageReference } from '../../../parsing/imageReference';
import { nodeRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/prefer-image-digest',
  aliases: [],
  severity: 'hint',
  questions: ['q279', 'q269'],
  summary: 'Pin images by digest (`image: name:tag@sha256:...`) so a re-pushed tag cannot change what runs.',
  docs: {
    why:
      'A tag is a pointer its publisher can move: `postgres:16` today is not `postgres:16` next month, and a ' +
      'compromised registry account can re-push it. A digest names exactly one image. Keep the tag in front ' +
      'of the digest for readers and let a bot (Renovate, Dependabot) update both.',
    bad: 'services:\n  db:\n    image: postgres:16.4',
    good: 'services:\n  db:\n    image: postgres:16.4@sha256:0c5d4b2a5e1f6a3b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pulled = pulledImage(service);
      if (!pulled || pulled.image.includes('$')) continue;
      const { tag, digest } = parseImageReference(pulled.image);
      if (digest || tag === undefined || tag === 'latest') continue;
      const range = nodeRange(document, pulled.node);
      if (range) yield { range, message: `Image ${code(pulled.image)} is pinned by tag only; add its digest so a re-pushed tag cannot change what runs.` };
    }
  },
});
