import { pulledImage } from '../model';
import { parseImageReference } from '../../../parsing/imageReference';
import { nodeRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-latest-image',
  aliases: ['latest-tag', 'CKV_DOCKER_7'],
  severity: 'warning',
  questions: ['q269', 'q279', 'q267'],
  summary: 'Pin images to a version tag: untagged and `latest` images change under you.',
  docs: {
    why:
      '`latest` (and no tag, which means `latest`) is whatever was pushed last: two hosts, or the same host ' +
      'a week apart, run different code, a rollback has nothing to go back to, and an upstream release can ' +
      'break the service at its next restart. Pin a version tag, or a digest for full reproducibility.',
    bad: 'services:\n  db:\n    image: postgres',
    good: 'services:\n  db:\n    image: postgres:16.4',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pulled = pulledImage(service);
      if (!pulled || pulled.image.includes('$')) continue;
      const { tag, digest } = parseImageReference(pulled.image);
      if (digest || (tag !== undefined && tag !== 'latest')) continue;
      const range = nodeRange(document, pulled.node);
      if (!range) continue;
      yield {
        range,
        message:
          tag === 'latest'
            ? `Image ${code(pulled.image)} uses the moving ${code('latest')} tag; pin a version so every host runs the same image.`
            : `Image ${code(pulled.image)} has no tag, so it means ${code('latest')}; pin a version so every host runs the same image.`,
      };
    }
  },
});
