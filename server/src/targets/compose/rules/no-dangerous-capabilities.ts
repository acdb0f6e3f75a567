import { composeString } from '../model';
import { nodeRange, scalarString, sequenceItems, isSeq, resolveNode } from '../../../parsing/yaml';
import { removeSeqItemOrPair } from '../../../edits/yamlEdits';
import { keepFixes } from '../../../edits/fixes';
import { ownPairFix } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';
import { capabilityName, DANGEROUS_CAPABILITIES } from '../../capabilities';


export default defineComposeRule({
  id: 'compose/no-dangerous-capabilities',
  aliases: ['dangerous-capabilities'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['q254', 'q8', 'q9'],
  subject: ['cap_add', '--cap-add', 'SYS_ADMIN', 'NET_ADMIN', 'capabilit'],
  summary: 'Do not add capabilities such as ALL, SYS_ADMIN, NET_ADMIN or NET_RAW.',
  docs: {
    why:
      'Capabilities split root\'s power into pieces. `SYS_ADMIN` alone is nearly root on the host (mounts, ' +
      'namespaces), `NET_ADMIN` rewrites the network, `NET_RAW` forges packets, `SYS_PTRACE` reads other processes\' memory and `ALL` is ' +
      'all of them. Add only narrow capabilities such as `NET_BIND_SERVICE`, after `cap_drop: [ALL]`. It is ' +
      '`securityContext.capabilities.add` in Kubernetes.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    cap_add:\n      - SYS_ADMIN',
    good: 'services:\n  app:\n    image: example/app:1.4\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('cap_add');
      const seq = resolveNode(service.doc, pair?.value);
      if (!isSeq(seq)) continue;
      for (const item of sequenceItems(service.doc, seq)) {
        const text = composeString(item);
        const allows = text === undefined ? undefined : DANGEROUS_CAPABILITIES.get(capabilityName(text));
        const range = nodeRange(document, item);
        if (!allows || !range) continue;
        yield {
          range,
          message: `Service ${code(service.name)} adds ${code(scalarString(item) ?? '')}, which allows ${allows}; add only the narrow capability it needs.`,
          fixes: () => keepFixes(ownPairFix(service, 'cap_add', `Remove ${scalarString(item)} from cap_add`, (own) => removeSeqItemOrPair(document, service.map, own, item))),
        };
      }
    }
  },
});
