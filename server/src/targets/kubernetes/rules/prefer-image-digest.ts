import { describeContainer, eachContainerImage } from '../model';
import { code } from '../../../text/markdown';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/prefer-image-digest',
  aliases: ['CKV_K8S_43'],
  severity: 'hint',
  scope: 'document',
  looksAt: 'pods',
  questions: ['q279', 'q269', 'cc-image-references'],
  subject: ['@sha256', 'digest'],
  summary: 'Images can be pinned by digest (`@sha256:…`) so every node runs the same bytes.',
  docs: {
    why:
      'A tag such as `1.27` can be pushed again; a digest cannot. Pinning `image: nginx:1.27@sha256:…` ' +
      'makes every node and every rollback run the image you tested, and is what signature verification ' +
      'checks. Let a bot such as Renovate update the digest.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27.2',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27.2@sha256:…',
  },
  *check({ document, objects }) {
    for (const { container, pair, image, reference: { tag, digest } } of eachContainerImage(objects)) {
      // Untagged and `latest` images are the business of no-latest-tag.
      if (digest || tag === undefined || tag === 'latest') continue;
      yield {
        range: valueRange(document, pair),
        message: `${describeContainer(container)} runs ${code(image)} by tag only; a digest would pin the exact image.`,
      };
    }
  },
});
