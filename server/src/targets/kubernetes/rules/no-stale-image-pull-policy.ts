import { describeContainer, eachContainer, isTemplated } from '../model';
import { parseImageReference } from '../../../parsing/imageReference';
import { code } from '../../../text/markdown';
import { findPair, pairRange, scalarString } from '../../../parsing/yaml';
import { setScalar } from '../../../edits/yamlEdits';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-stale-image-pull-policy',
  aliases: ['CKV_K8S_15'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-image-references'],
  subject: ['imagePullPolicy'],
  summary: 'A `latest` or untagged image should not use `imagePullPolicy: IfNotPresent` or `Never`.',
  docs: {
    why:
      'With a tag that moves and `IfNotPresent`, each node keeps the version it pulled first: pods of the ' +
      'same Deployment run different code depending on their node. Pin a version tag (best), or let the ' +
      'kubelet check the registry with `imagePullPolicy: Always`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: api\n' +
      '      image: registry.example.com/api:latest\n      imagePullPolicy: IfNotPresent',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: api\n' +
      '      image: registry.example.com/api:2.4.1\n      imagePullPolicy: IfNotPresent',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      const image = scalarString(findPair(object.doc, container.map, 'image')?.value);
      const policy = findPair(object.doc, container.map, 'imagePullPolicy');
      const value = policy && scalarString(policy.value);
      if (!image || !policy || isTemplated(image) || (value !== 'IfNotPresent' && value !== 'Never')) continue;
      const { tag, digest } = parseImageReference(image);
      if (digest || (tag !== undefined && tag !== 'latest')) continue;
      const edits = setScalar(document, policy.value, 'Always');
      yield {
        range: pairRange(document, policy),
        message: `${describeContainer(container)} runs the moving image ${code(image)} with ${code(`imagePullPolicy: ${value}`)}, so each node keeps whichever version it pulled first.`,
        fixes: edits ? [{ title: 'Set `imagePullPolicy: Always`', edits }] : undefined,
      };
    }
  },
});
