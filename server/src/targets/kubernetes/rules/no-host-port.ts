import { describeContainer, eachContainer, integerOf } from '../model';
import { removePairFix } from '../fixes';
import { findPair, isMap, pairRange, sequenceItems } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-host-port',
  aliases: ['KSV024', 'CKV_K8S_26'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['cc-kubernetes-host-access'],
  subject: ['hostPort'],
  summary: 'Containers should not publish ports on the node (`hostPort`).',
  docs: {
    why:
      '`hostPort` publishes the port on the node\'s own address, like `docker run -p`: only one such pod ' +
      'fits on a node, the port bypasses NetworkPolicies and the pod cannot be rescheduled freely. Expose ' +
      'it with a Service instead.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - containerPort: 8080\n          hostPort: 8080',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      ports:\n        - containerPort: 8080',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      for (const port of sequenceItems(object.doc, findPair(object.doc, container.map, 'ports')?.value)) {
        const pair = isMap(port) ? findPair(object.doc, port, 'hostPort') : undefined;
        const value = pair && integerOf(object.doc, pair.value);
        if (!pair || !isMap(port) || !value) continue;
        const fix = removePairFix(document, object, port, pair, `Remove \`hostPort: ${value}\``);
        yield {
          range: pairRange(document, pair),
          message: `${describeContainer(container)} publishes port \`${value}\` on the node's address; expose it with a Service instead.`,
          fixes: fix ? [fix] : undefined,
        };
      }
    }
  },
});
