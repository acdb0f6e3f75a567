import { describeContainer, eachContainerPort } from '../model';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-privileged-port',
  aliases: ['privileged-ports', 'KSV117'],
  severity: 'info',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-security-context'],
  subject: ['1024'],
  summary: 'Containers should listen on ports above 1023.',
  docs: {
    why:
      'Binding a port below 1024 takes root or `CAP_NET_BIND_SERVICE`, unless the runtime lowers the pod\'s ' +
      '`net.ipv4.ip_unprivileged_port_start`; an image that listens on 80 is often an image that runs as ' +
      'root. Listen on a high port (8080) and let the Service map port 80 to it. Port 22 is left to ' +
      '`no-ssh-port`. Differs from kube-linter: its range ends at 1024 inclusive; 1024 is not privileged.',
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 80',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - containerPort: 8080',
  },
  *check({ document, objects }) {
    for (const { container, pair, number } of eachContainerPort(objects)) {
      if (number >= 1024 || number === 22) continue;
      yield { range: valueRange(document, pair), message: `${describeContainer(container)} listens on privileged port ${number}, which takes root or \`CAP_NET_BIND_SERVICE\`; prefer a port above 1023.` };
    }
  },
});
