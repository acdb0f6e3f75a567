import { code } from '../../../text/markdown';
import { byKeyword } from '../instructions';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/prefer-lowercase-expose-protocol',
  aliases: ['ExposeProtoCasing'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['/tcp', '/udp'],
  summary: 'The protocol in EXPOSE should be lowercase (`/tcp`, `/udp`).',
  docs: {
    why: 'Docker expects `tcp`, `udp` or `sctp` in lowercase; BuildKit warns about other casings.',
    bad: 'EXPOSE 53/UDP',
    good: 'EXPOSE 53/udp',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'EXPOSE')) {
      for (const arg of instruction.getArguments()) {
        const value = arg.getValue();
        const slash = value.lastIndexOf('/');
        if (slash < 0) continue;
        const protocol = value.slice(slash + 1);
        if (protocol === protocol.toLowerCase() || protocol.includes('$')) continue;
        const range = arg.getRange();
        if (range.start.line !== range.end.line || range.end.character - range.start.character !== value.length) continue;
        const protocolRange = { start: { line: range.start.line, character: range.start.character + slash + 1 }, end: range.end };
        yield {
          range: protocolRange,
          message: `Protocol ${code(protocol)} should be lowercase.`,
          fixes: [replaceFix(`Write ${protocol.toLowerCase()}`, protocolRange, protocol.toLowerCase())],
        };
      }
    }
  },
});
