import { describeContainer, eachContainer, securityContextOf } from '../model';
import { removePairFix } from '../fixes';
import { findPair, isTrue, pairRange } from '../../../parsing/yaml';
import { setScalar } from '../../../edits/yamlEdits';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-privileged',
  aliases: ['privileged-container', 'KSV017', 'CKV_K8S_16'],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['privileged'],
  summary: 'Containers must not run privileged.',
  docs: {
    why:
      'A privileged container gets every Linux capability and every device of the node, the same as ' +
      '`docker run --privileged`: whoever controls the process controls the node. Add the one capability ' +
      'the program needs instead.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        privileged: true',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop: [ALL]\n' +
      '          add: [NET_BIND_SERVICE]',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      const context = securityContextOf(object.doc, container.map);
      const pair = context && findPair(object.doc, context, 'privileged');
      if (!context || !pair || !isTrue(object.doc, pair.value)) continue;
      const contextPair = findPair(object.doc, container.map, 'securityContext');
      // Removing the only key of the securityContext means removing the securityContext.
      const remove =
        context.items.length === 1 && contextPair && !context.flow
          ? removePairFix(document, object, container.map, contextPair, 'Remove `privileged: true`')
          : removePairFix(document, object, context, pair, 'Remove `privileged: true`');
      const edits = remove ? undefined : setScalar(document, pair.value, 'false');
      yield {
        range: pairRange(document, pair),
        message: `${describeContainer(container)} runs privileged, with every capability and every device of the node.`,
        fixes: remove ? [remove] : edits ? [{ title: 'Set `privileged: false`', edits }] : undefined,
      };
    }
  },
});
