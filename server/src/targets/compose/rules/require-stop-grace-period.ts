import { shellWrapper } from '../model';
import { nodeRange } from '../../../parsing/yaml';
import { replaceNode } from '../../../edits/yamlEdits';
import { keepFixes } from '../../../edits/fixes';
import { insertServicePair, ownPairFix } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/require-stop-grace-period',
  aliases: [],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q288'],
  subject: ['stop_grace_period', 'SIGTERM'],
  summary: 'A service whose command runs through `sh -c` should `exec` its process and set `stop_grace_period`.',
  docs: {
    why:
      'With `sh -c "…"` the shell is PID 1: it does not forward SIGTERM, so `docker compose stop` waits the ' +
      'grace period (10 s) and then kills the process without a clean shutdown. Start the last command with ' +
      '`exec` so the process replaces the shell and receives the signal, and set `stop_grace_period` to the ' +
      'time it needs to finish in-flight work.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    command: sh -c "./migrate && node server.js"',
    good: 'services:\n  app:\n    image: example/app:1.4\n    command: sh -c "./migrate && exec node server.js"\n    stop_grace_period: 30s',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      if (service.get('stop_grace_period')) continue;
      for (const key of ['entrypoint', 'command']) {
        const wrapper = shellWrapper(service, key);
        const range = wrapper && nodeRange(document, wrapper.node);
        if (!wrapper || !range) continue;
        const { execScript } = wrapper;
        const exec = execScript === undefined ? undefined : ownPairFix(service, key, 'Exec the final command so it receives SIGTERM', () => replaceNode(document, wrapper.scriptNode, execScript));
        yield {
          range,
          message: `Service ${code(service.name)} runs its ${key} through ${code(wrapper.shell + ' -c')}, so the shell is PID 1 and its process never receives SIGTERM; ${code('exec')} the final command and set ${code('stop_grace_period')}.`,
          fixes: () => keepFixes(exec, insertServicePair(document, service, 'stop_grace_period', '30s', 'Add `stop_grace_period: 30s`')),
        };
        break;
      }
    }
  },
});
