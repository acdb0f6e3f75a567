import { describeContainer, eachContainerPort } from '../model';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-ssh-port',
  aliases: ['ssh-port'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['q253'],
  subject: ['kubectl exec'],
  summary: 'Containers should not expose port 22 (SSH).',
  docs: {
    why:
      'An SSH server in a container is a second way in, with its own keys to leak and patch, and it hides ' +
      'what people change by hand. `kubectl exec` and ephemeral debug containers give a shell when one is ' +
      'needed, through the API server\'s authentication and audit.',
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: example/web:1.4\n      ports:\n        - containerPort: 22',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: example/web:1.4\n      ports:\n        - containerPort: 8080',
  },
  *check({ document, objects }) {
    for (const { container, pair, number } of eachContainerPort(objects)) {
      if (number !== 22) continue;
      yield { range: valueRange(document, pair), message: `${describeContainer(container)} exposes port 22 (SSH), a second way in beside \`kubectl exec\`.` };
    }
  },
});
