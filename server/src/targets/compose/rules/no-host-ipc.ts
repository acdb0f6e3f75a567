import { composeString } from '../model';
import { pairRange } from '../../../parsing/yaml';
import { keepFixes } from '../../../edits/fixes';
import { removeServicePair } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-host-ipc',
  aliases: ['host-ipc'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['cc-compose-host-access'],
  subject: ['ipc: host', '`ipc`', 'hostIPC'],
  summary: 'Do not share the host\'s IPC namespace (`ipc: host`).',
  docs: {
    why:
      'With `ipc: host` the container shares System V semaphores, message queues and shared memory ' +
      '(`/dev/shm`) with every process on the host, which lets it read or corrupt their data. Share IPC ' +
      'between two services with `ipc: "service:<name>"` instead. It is `hostIPC: true` in Kubernetes.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    ipc: host',
    good: 'services:\n  app:\n    image: example/app:1.4\n    ipc: "service:db"',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('ipc');
      if (!pair || composeString(pair.value) !== 'host') continue;
      yield {
        range: pairRange(document, pair),
        message: `Service ${code(service.name)} shares the host's IPC namespace and shared memory with every process on the host.`,
        fixes: () => keepFixes(removeServicePair(document, service, 'ipc', 'Remove `ipc: host`')),
      };
    }
  },
});
