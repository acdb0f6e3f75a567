import { isTrue, pairRange } from '../../../parsing/yaml';
import { keepFixes } from '../../../edits/fixes';
import { removeServicePair } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-privileged',
  aliases: ['privileged-container'],
  severity: 'error',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['privileged'],
  summary: 'Privileged containers get every capability and every host device.',
  docs: {
    why:
      '`privileged: true` turns off almost every isolation Docker provides: all capabilities, all devices of ' +
      'the host, no seccomp or AppArmor profile. A process that escapes such a container owns the host. Grant ' +
      'the one capability or device the service needs instead (`cap_add`, `devices`). It is ' +
      '`securityContext.privileged` in Kubernetes.',
    bad: 'services:\n  app:\n    image: nginx:1.27\n    privileged: true',
    good: 'services:\n  app:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('privileged');
      if (!pair || !isTrue(service.doc, pair.value)) continue;
      yield {
        range: pairRange(document, pair),
        message: `Service ${code(service.name)} runs privileged, with every capability and host device; grant only what it needs.`,
        fixes: () => keepFixes(removeServicePair(document, service, 'privileged', 'Remove `privileged: true`')),
      };
    }
  },
});
