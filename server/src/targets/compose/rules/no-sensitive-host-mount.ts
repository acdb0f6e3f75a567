import { serviceMounts } from '../model';
import { isMap, nodeRange } from '../../../parsing/yaml';
import { appendToScalar, insertPair } from '../../../edits/yamlEdits';
import { code } from '../../../text/markdown';
import { ownPairFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { defineComposeRule } from '../../../engine/rule';

const SENSITIVE = new Set(['/', '/etc', '/proc', '/sys', '/boot', '/dev', '/root', '/run', '/var/run', '/var/lib/docker', '/usr', '/lib', '/bin', '/sbin', '/home']);

export default defineComposeRule({
  id: 'compose/no-sensitive-host-mount',
  aliases: ['sensitive-host-mounts'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['cc-compose-host-access'],
  subject: ['/etc', '/proc', 'host mount', 'bind mount'],
  summary: 'Do not mount the host\'s `/`, or `/etc`, `/proc`, `/sys` and similar system directories writable.',
  docs: {
    why:
      'A bind mount of a system directory hands the container the host\'s configuration, credentials ' +
      '(`/etc/shadow`, `/root/.ssh`) or kernel interfaces (`/proc`, `/sys`); written to, it can take over the ' +
      'host. Mount only the file or subdirectory the service needs, read-only (monitoring agents that read ' +
      '`/proc` or `/sys` get them `:ro`); the host\'s `/` exposes every secret on it even read-only. It is a ' +
      '`hostPath` volume in Kubernetes.',
    bad: 'services:\n  agent:\n    image: example/agent:1.0\n    volumes:\n      - /etc:/host/etc',
    good: 'services:\n  agent:\n    image: example/agent:1.0\n    volumes:\n      - /etc/localtime:/etc/localtime:ro',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      for (const mount of serviceMounts(service)) {
        const source = mount.source === '/' ? '/' : mount.source?.replace(/\/+$/, '');
        const range = nodeRange(document, mount.sourceNode);
        // Read-only is enough for system directories agents read; the whole host filesystem stays too much.
        if (!source || !range || !SENSITIVE.has(source) || (mount.readOnly && source !== '/')) continue;
        const readOnly = () => {
          if (mount.syntax === 'short' && mount.mode === undefined && mount.target) return appendToScalar(document, mount.node, ':ro');
          return mount.syntax === 'long' && isMap(mount.node) ? insertPair(document, mount.node, 'read_only', 'true') : undefined;
        };
        yield {
          range,
          message: mount.readOnly
            ? `Service ${code(service.name)} mounts the host's whole filesystem, read-only, which still exposes every secret on it; mount only what it needs.`
            : `Service ${code(service.name)} mounts the host's ${code(source)} writable, which lets it change the host; mount only what it needs, read-only.`,
          fixes: mount.readOnly ? undefined : keepFixes(ownPairFix(service, 'volumes', `Mount ${source} read-only`, readOnly)),
        };
      }
    }
  },
});
