import { composeString } from '../model';
import { keyRange, resolveNode, sequenceItems, isSeq, pairRange } from '../../../parsing/yaml';
import { appendToSeq } from '../../../edits/yamlEdits';
import { keepFixes } from '../../../edits/fixes';
import { insertServicePair, ownPairFix } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/require-cap-drop-all',
  aliases: ['drop-all-capabilities'],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q8', 'q254'],
  subject: ['cap_drop', '--cap-drop'],
  summary: 'Drop every capability (`cap_drop: [ALL]`) and add back only what the service needs.',
  docs: {
    why:
      'Docker gives containers a default set of capabilities (`CHOWN`, `SETUID`, `NET_RAW`, ...) that most ' +
      'services never use; `NET_RAW` alone allows packet spoofing on the container network. Start from none ' +
      'with `cap_drop: [ALL]` and `cap_add` the few the process needs. It is ' +
      '`securityContext.capabilities.drop: [ALL]` in Kubernetes.',
    bad: 'services:\n  app:\n    image: nginx:1.27',
    good: 'services:\n  app:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('cap_drop');
      const seq = resolveNode(service.doc, pair?.value);
      const names = [...sequenceItems(service.doc, seq)].map((item) => composeString(item)?.toUpperCase());
      if (names.includes('ALL') || names.includes('CAP_ALL')) continue;
      if (pair && isSeq(seq)) {
        yield {
          range: pairRange(document, pair),
          message: `Service ${code(service.name)} drops some capabilities but not ${code('ALL')}; drop all and add back only what it needs.`,
          fixes: () => keepFixes(ownPairFix(service, 'cap_drop', 'Drop ALL capabilities', () => appendToSeq(document, seq, 'ALL'))),
        };
        continue;
      }
      if (pair || service.partial) continue;
      yield {
        range: keyRange(document, service.pair),
        message: `Service ${code(service.name)} keeps Docker's default capabilities; add ${code('cap_drop: [ALL]')} and add back only what it needs.`,
        fixes: () => keepFixes(insertServicePair(document, service, 'cap_drop', ['ALL'], 'Add `cap_drop: [ALL]`')),
      };
    }
  },
});
