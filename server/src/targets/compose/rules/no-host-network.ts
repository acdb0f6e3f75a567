import { composeString } from '../model';
import { pairRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-host-network',
  aliases: ['host-network'],
  severity: 'warning',
  questions: ['cc-compose-host-access'],
  subject: ['network_mode: host', 'network_mode', '--network host', '--network=host', 'hostNetwork'],
  summary: 'Do not share the host\'s network namespace (`network_mode: host`).',
  docs: {
    why:
      'With the host network the container sees every interface of the host, can bind any port on it and ' +
      'reach services listening on localhost, and Compose networks and port mappings no longer apply. The ' +
      'speed gain is rarely measurable; publish the ports you need instead. It is `hostNetwork: true` in Kubernetes.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    network_mode: host',
    good: 'services:\n  app:\n    image: example/app:1.4\n    ports:\n      - "127.0.0.1:8080:8080"',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('network_mode');
      if (!pair || composeString(pair.value) !== 'host') continue;
      yield {
        range: pairRange(document, pair),
        message: `Service ${code(service.name)} uses the host's network, so it can bind any host port and reach services on the host's localhost.`,
      };
    }
  },
});
