import { keyRange } from '../../../parsing/yaml';
import { keepFixes } from '../../../edits/fixes';
import { insertServicePair } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/require-read-only',
  aliases: ['no-read-only-root-fs'],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q8', 'q264'],
  subject: ['read_only', '--read-only', 'readOnlyRootFilesystem', 'read-only'],
  summary: 'Run with a read-only root filesystem (`read_only: true`) and mount writable paths explicitly.',
  docs: {
    why:
      'An attacker who gets code execution in a container usually writes first: a web shell, a modified ' +
      'binary, a crypto miner. With `read_only: true` the image\'s files cannot change; give the service ' +
      '`tmpfs` for `/tmp` and volumes for the data it really writes. It is ' +
      '`securityContext.readOnlyRootFilesystem: true` in Kubernetes. Set `read_only: false` to say a service ' +
      'needs a writable root.',
    bad: 'services:\n  api:\n    image: example/api:1.4',
    good: 'services:\n  api:\n    image: example/api:1.4\n    read_only: true\n    tmpfs:\n      - /tmp',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      if (service.get('read_only') || service.partial) continue;
      yield {
        range: keyRange(document, service.pair),
        message: `Service ${code(service.name)} has a writable root filesystem; set ${code('read_only: true')} and mount only the paths it writes.`,
        fixes: () => keepFixes(insertServicePair(document, service, 'read_only', 'true', 'Add `read_only: true`')),
      };
    }
  },
});
