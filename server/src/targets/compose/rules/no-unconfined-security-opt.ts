import { composeString } from '../model';
import { isSeq, nodeRange, pairRange, resolveNode, sequenceItems } from '../../../parsing/yaml';
import { removeSeqItemOrPair } from '../../../edits/yamlEdits';
import { keepFixes } from '../../../edits/fixes';
import { ownPairFix } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

const UNCONFINED = /^(?:seccomp|apparmor|systempaths)[:=]unconfined$|^label[:=]disable$/i;

export default defineComposeRule({
  id: 'compose/no-unconfined-security-opt',
  aliases: ['unconfined-seccomp'],
  severity: 'error',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['seccomp', 'apparmor', 'selinux', 'security_opt', '--security-opt'],
  summary: 'Keep the seccomp, AppArmor and SELinux profiles Docker applies by default.',
  docs: {
    why:
      'Docker\'s default seccomp profile blocks about 50 rarely needed system calls that are behind many ' +
      'kernel escapes, and AppArmor/SELinux confine what the container may touch. `seccomp:unconfined`, ' +
      '`apparmor:unconfined` and `label:disable` remove that layer for the whole container. If one call is ' +
      'missing, write a custom profile that allows it. In Kubernetes it is `securityContext.seccompProfile`.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    security_opt:\n      - seccomp:unconfined',
    good: 'services:\n  app:\n    image: example/app:1.4\n    security_opt:\n      - no-new-privileges:true',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('security_opt');
      const seq = resolveNode(service.doc, pair?.value);
      if (!pair || !isSeq(seq)) continue;
      for (const item of sequenceItems(service.doc, seq)) {
        const option = composeString(item);
        const range = nodeRange(document, item);
        if (!option || !range || !UNCONFINED.test(option.replace(/\s+/g, ''))) continue;
        yield {
          range: seq.items.length > 1 ? range : pairRange(document, pair),
          message: `Service ${code(service.name)} sets ${code(option)}, which removes a kernel-level confinement; write a narrower profile instead.`,
          fixes: () => keepFixes(ownPairFix(service, 'security_opt', `Remove ${option}`, (own) => removeSeqItemOrPair(document, service.map, own, item))),
        };
      }
    }
  },
});
