import { finalStage, insertionBeforeCommand, stageChain, stageOf, stagesOf } from '../stages';
import { lastCommandOf, stageInstructions } from '../stageKeywords';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

/** Servers whose graceful stop is another signal than SIGTERM (which makes them stop at once). */
const SERVERS: { program: RegExp; signal: string; officialImage: RegExp; name: string }[] = [
  { program: /(?:^|[\s"/])nginx(?=[\s"]|$)/, signal: 'SIGQUIT', officialImage: /(^|\/)(nginx|openresty)[:@]|(^|\/)nginx$/, name: 'nginx' },
  { program: /(?:^|[\s"/])php-fpm[\d.]*(?=[\s"]|$)/, signal: 'SIGQUIT', officialImage: /(^|\/)php:.*fpm/, name: 'php-fpm' },
  { program: /(?:^|[\s"/])(?:httpd|apache2ctl|apache2)(?=[\s"]|$)/, signal: 'SIGWINCH', officialImage: /(^|\/)httpd[:@]|(^|\/)httpd$/, name: 'Apache httpd' },
];

export default defineDockerfileRule({
  id: 'dockerfile/prefer-stopsignal',
  aliases: [],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q288'],
  subject: ['STOPSIGNAL', 'SIGQUIT', 'SIGWINCH'],
  summary: 'Servers that drain on another signal than SIGTERM should declare it with STOPSIGNAL.',
  docs: {
    why:
      '`docker stop` sends SIGTERM, which makes nginx and php-fpm quit at once and Apache drop its connections. ' +
      'Their graceful stop is SIGQUIT (nginx, php-fpm) or SIGWINCH (Apache): `STOPSIGNAL` makes `docker stop` ' +
      'send that, so in-flight requests finish. The official images already set it; a hand-built image does not.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y nginx\nCMD ["nginx", "-g", "daemon off;"]',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y nginx\nSTOPSIGNAL SIGQUIT\nCMD ["nginx", "-g", "daemon off;"]',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    const stage = finalStage(dockerfile);
    if (!stage) return;
    const chain = stageChain(stages, stage);
    if (chain.some((member) => stageInstructions(dockerfile, member, 'STOPSIGNAL').length > 0)) return;
    const image = chain.at(-1)?.from.getImage() ?? '';
    const command = lastCommandOf(dockerfile, chain);
    const text = (command?.getRawArgumentsContent() ?? '').slice(0, 500);
    const server = SERVERS.find((candidate) => candidate.program.test(text));
    if (!command || !server || server.officialImage.test(image) || stageOf(dockerfile, command) !== stage) return;
    const range = command.getArgumentsRange() ?? command.getInstructionRange();
    yield {
      range,
      message: `${server.name} stops gracefully on ${code(server.signal)}, but \`docker stop\` sends SIGTERM; add \`STOPSIGNAL ${server.signal}\`.`,
      fixes: [{ title: `Add STOPSIGNAL ${server.signal}`, edits: [insertionBeforeCommand(document, stage, `STOPSIGNAL ${server.signal}`)] }],
    };
  },
});
