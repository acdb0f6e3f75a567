import { composeString } from '../model';
import { pairRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-host-userns',
  aliases: ['host-userns'],
  severity: 'warning',
  questions: ['cc-compose-host-access', 'q271'],
  subject: ['userns', 'user namespace'],
  summary: 'Do not opt out of user-namespace remapping (`userns_mode: host`).',
  docs: {
    why:
      'When the daemon remaps users (`userns-remap` or rootless Docker), root in a container is an unprivileged ' +
      'user on the host. `userns_mode: host` turns that off for the service: its root is the host\'s root again.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    userns_mode: host',
    good: 'services:\n  app:\n    image: example/app:1.4',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('userns_mode');
      if (!pair || composeString(pair.value) !== 'host') continue;
      yield {
        range: pairRange(document, pair),
        message: `Service ${code(service.name)} turns off user-namespace remapping, so root in the container is root on the host.`,
      };
    }
  },
});
