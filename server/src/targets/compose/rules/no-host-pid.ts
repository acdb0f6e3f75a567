import { composeString } from '../model';
import { pairRange } from '../../../parsing/yaml';
import { keepFixes } from '../../../edits/fixes';
import { removeServicePair } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-host-pid',
  aliases: ['host-pid'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['cc-compose-host-access'],
  subject: ['pid: host', '`pid`', 'hostPID'],
  summary: 'Do not share the host\'s process namespace (`pid: host`).',
  docs: {
    why:
      'With `pid: host` the container sees every process of the host and, as root, can signal or trace them ' +
      'and read their environment through `/proc`. Only host-monitoring agents need it. It is `hostPID: true` ' +
      'in Kubernetes.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    pid: host',
    good: 'services:\n  app:\n    image: example/app:1.4',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('pid');
      if (!pair || composeString(pair.value) !== 'host') continue;
      yield {
        range: pairRange(document, pair),
        message: `Service ${code(service.name)} shares the host's process namespace, so it sees and can signal every process on the host.`,
        fixes: () => keepFixes(removeServicePair(document, service, 'pid', 'Remove `pid: host`')),
      };
    }
  },
});
