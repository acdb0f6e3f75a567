import { getMap, keyRange } from '../../../parsing/yaml';
import { keepFixes } from '../../../edits/fixes';
import { insertServicePair } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/require-restart-policy',
  aliases: [],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q265', 'q8'],
  subject: ['restart:', '--restart', 'restart policy', 'restart_policy'],
  summary: 'Set a `restart` policy so the service comes back after a crash or a reboot.',
  docs: {
    why:
      'Without a policy (`restart: "no"` is the default) a crashed container stays down, and nothing starts ' +
      'the stack again after the host reboots. `unless-stopped` restarts it unless you stopped it yourself; ' +
      '`on-failure:5` gives up after five crashes. One-off tasks (migrations, seeders) are the exception: ' +
      'give them `restart: "no"` explicitly.',
    bad: 'services:\n  api:\n    image: example/api:1.4',
    good: 'services:\n  api:\n    image: example/api:1.4\n    restart: unless-stopped',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      if (service.get('restart') || service.partial) continue;
      const deploy = service.value('deploy');
      if (deploy && getMap(service.doc, deploy, 'restart_policy')) continue;
      yield {
        range: keyRange(document, service.pair),
        message: `Service ${code(service.name)} has no ${code('restart')} policy, so it stays down after a crash or a reboot.`,
        fixes: () => keepFixes(insertServicePair(document, service, 'restart', 'unless-stopped', 'Add `restart: unless-stopped`')),
      };
    }
  },
});
