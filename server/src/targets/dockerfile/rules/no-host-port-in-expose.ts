import { code } from '../../../text/markdown';
import { byKeyword } from '../instructions';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-host-port-in-expose',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['EXPOSE'],
  summary: 'EXPOSE takes container ports only, without an IP address or host port.',
  docs: {
    why:
      '`EXPOSE` documents the ports the container listens on; which host address and port they are published ' +
      'on is decided at run time (`docker run -p`, compose `ports:`). Docker ignores the host part and BuildKit warns.',
    bad: 'EXPOSE 127.0.0.1:8080:80',
    good: 'EXPOSE 80',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'EXPOSE')) {
      for (const arg of instruction.getArguments()) {
        const value = arg.getValue();
        if (!value.includes(':') || /\$\{[^}]*:/.test(value)) continue;
        const containerPort = value.slice(value.lastIndexOf(':') + 1);
        const range = arg.getRange();
        const single = range.start.line === range.end.line && range.end.character - range.start.character === value.length;
        yield {
          range,
          message: `${code(value)} names a host address or port; EXPOSE takes only the container port${containerPort ? `, ${code(containerPort)}` : ''}.`,
          ...(single && containerPort ? { fixes: [replaceFix(`Expose ${containerPort}`, range, containerPort)] } : {}),
        };
      }
    }
  },
});
