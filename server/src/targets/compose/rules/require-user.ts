import { composeString } from '../model';
import { keyRange, pairRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

const ROOT = /^(?:root|0)(?::(?:root|0))?$/;

export default defineComposeRule({
  id: 'compose/require-user',
  aliases: ['run-as-non-root', 'CKV_DOCKER_3'],
  severity: 'info',
  questions: ['q8', 'q252', 'q271'],
  subject: ['user:', '--user', 'runAsUser', 'non-root'],
  summary: 'Run services as a non-root `user` unless the image already does.',
  docs: {
    why:
      'Most images run as root. Root in a container is root on the host\'s kernel: one escape bug away from ' +
      'the host, and allowed to write anywhere in the container. Set `user: "1000:1000"` (or the image\'s ' +
      'own user). Services with `build:` are left to the Dockerfile\'s `USER`. It is ' +
      '`securityContext.runAsUser` / `runAsNonRoot` in Kubernetes.',
    bad: 'services:\n  worker:\n    image: example/worker:2.0',
    good: 'services:\n  worker:\n    image: example/worker:2.0\n    user: "1000:1000"',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('user');
      const user = composeString(pair?.value);
      if (pair) {
        if (user !== undefined && ROOT.test(user.trim())) {
          yield { range: pairRange(document, pair), message: `Service ${code(service.name)} runs as ${code(user)}; run it as an unprivileged user.` };
        }
        continue;
      }
      if (service.get('build') || service.partial) continue;
      yield {
        range: keyRange(document, service.pair),
        message: `Service ${code(service.name)} sets no ${code('user')}, so it runs as the image's user, usually root.`,
      };
    }
  },
});
