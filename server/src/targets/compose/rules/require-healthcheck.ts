import { parseImageReference } from '../../../parsing/imageReference';
import { composeString } from '../model';
import { keyRange } from '../../../parsing/yaml';
import { keepFixes } from '../../../edits/fixes';
import { insertServicePair } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/require-healthcheck',
  aliases: ['CKV_DOCKER_2'],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q265', 'q7', 'q8', 'q296', 'q297'],
  subject: ['healthcheck', 'health check'],
  summary: 'Give each long-running service a `healthcheck` so Docker knows when it is really up.',
  docs: {
    why:
      'Without a health check "running" only means the process exists: a hung server stays in rotation, ' +
      '`depends_on` cannot wait for readiness, and nothing restarts it. A health check makes the state ' +
      'visible (`docker ps` shows `unhealthy`) and lets dependants wait with `condition: service_healthy`. ' +
      'In Kubernetes it becomes liveness and readiness probes. A `HEALTHCHECK` in the image also counts; ' +
      'ignore this finding for services whose image has one.',
    bad: 'services:\n  api:\n    image: example/api:1.4',
    good: 'services:\n  api:\n    image: example/api:1.4\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/health"]\n      interval: 30s\n      timeout: 10s\n      retries: 3',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const healthcheck = service.value('healthcheck');
      if (healthcheck !== undefined || service.partial) continue;
      yield {
        range: keyRange(document, service.pair),
        message: `Service ${code(service.name)} has no ${code('healthcheck')}, so Docker cannot tell a hung process from a working one.`,
        fixes: () => {
          const skeleton = { test: healthTest(composeString(service.value('image'))), interval: '30s', timeout: '10s', retries: '3', start_period: '40s' };
          return keepFixes(insertServicePair(document, service, 'healthcheck', skeleton, 'Add a healthcheck skeleton (then edit its test command)'));
        },
      };
    }
  },
});

/** The usual check of well-known images; otherwise an HTTP probe to edit. */
const KNOWN_TESTS: [RegExp, string][] = [
  [/(?:^|\/)(?:postgres|postgis)$/, '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]'],
  [/(?:^|\/)(?:mysql|percona)$/, '["CMD", "mysqladmin", "ping", "-h", "localhost"]'],
  [/(?:^|\/)mariadb$/, '["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]'],
  [/(?:^|\/)(?:redis|valkey)$/, '["CMD", "redis-cli", "ping"]'],
  [/(?:^|\/)mongo$/, '["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand(\'ping\')"]'],
];

function healthTest(image: string | undefined): string {
  const repository = image === undefined ? '' : parseImageReference(image).repository;
  return KNOWN_TESTS.find(([pattern]) => pattern.test(repository))?.[1] ?? '["CMD-SHELL", "curl -f http://localhost/ || exit 1"]';
}
