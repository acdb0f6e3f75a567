import { describeContainer, eachContainerImage } from '../model';
import { code } from '../../../text/markdown';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-latest-tag',
  aliases: ['latest-tag', 'KSV013', 'CKV_K8S_14'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-image-references'],
  subject: [':latest', '`latest`', 'latest tag'],
  summary: 'Images should name a version tag or a digest, not `latest` or nothing.',
  docs: {
    why:
      '`latest` (or no tag, which means `latest`) moves whenever someone pushes: nodes run different ' +
      'versions of the same pod, a rollback pulls the new image again and nothing records what ran. Pin a ' +
      'version tag, or a digest for full reproducibility.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx\n    - name: cache\n      image: redis:latest',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27.2\n    - name: cache\n      image: redis@sha256:…',
  },
  *check({ document, objects }) {
    for (const { container, pair, image, reference: { tag, digest } } of eachContainerImage(objects)) {
      if (digest || (tag !== undefined && tag !== 'latest')) continue;
      yield {
        range: valueRange(document, pair),
        message:
          tag === 'latest'
            ? `${describeContainer(container)} runs ${code(image)}, which changes on every push; pin a version tag or a digest.`
            : `${describeContainer(container)} runs ${code(image)} without a tag, which means \`latest\`; pin a version tag or a digest.`,
      };
    }
  },
});
