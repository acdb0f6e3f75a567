import { composeString } from '../model';
import { isSeq, keyRange, pairRange, resolveNode, sequenceItems } from '../../../parsing/yaml';
import { appendToSeq } from '../../../edits/yamlEdits';
import { keepFixes } from '../../../edits/fixes';
import { insertServicePair, ownPairFix } from '../fixes';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

const NO_NEW_PRIVILEGES = /^no-new-privileges(?:[:=]true)?$/i;

export default defineComposeRule({
  id: 'compose/require-no-new-privileges',
  aliases: ['privilege-escalation-container'],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['no-new-privileges', 'allowPrivilegeEscalation'],
  summary: 'Set `security_opt: ["no-new-privileges:true"]` so processes cannot gain privileges through setuid binaries.',
  docs: {
    why:
      'Without `no-new-privileges`, a process in the container can become root again through a setuid binary ' +
      '(`su`, `sudo`, `ping` on old images) even when it started as a normal user. The option costs nothing ' +
      'for services that do not need it. It is `securityContext.allowPrivilegeEscalation: false` in Kubernetes.',
    bad: 'services:\n  app:\n    image: nginx:1.27',
    good: 'services:\n  app:\n    image: nginx:1.27\n    security_opt: ["no-new-privileges:true"]',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('security_opt');
      const seq = resolveNode(service.doc, pair?.value);
      const options = [...sequenceItems(service.doc, seq)].map((item) => composeString(item)?.replace(/\s+/g, '') ?? '');
      if (options.some((option) => NO_NEW_PRIVILEGES.test(option))) continue;
      if (pair) {
        if (!isSeq(seq)) continue;
        const disabled = options.find((option) => /^no-new-privileges[:=]false$/i.test(option));
        const fix = disabled ? undefined : ownPairFix(service, 'security_opt', 'Add `no-new-privileges:true`', () => appendToSeq(document, seq, '"no-new-privileges:true"'));
        yield {
          range: pairRange(document, pair),
          message: disabled
            ? `Service ${code(service.name)} sets ${code(disabled)}, so setuid binaries can make its processes root again.`
            : `Service ${code(service.name)} does not set ${code('no-new-privileges:true')}, so setuid binaries can make its processes root again.`,
          fixes: () => keepFixes(fix),
        };
        continue;
      }
      if (service.partial) continue;
      yield {
        range: keyRange(document, service.pair),
        message: `Service ${code(service.name)} does not set ${code('no-new-privileges:true')}, so setuid binaries can make its processes root again.`,
        fixes: () => keepFixes(insertServicePair(document, service, 'security_opt', ['"no-new-privileges:true"'], 'Add `security_opt: ["no-new-privileges:true"]`')),
      };
    }
  },
});
