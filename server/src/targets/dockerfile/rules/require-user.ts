import { finalStage, insertionBeforeCommand, isDevelopmentStage, stageChain, stagesOf } from '../stages';
import { lastCommandOf, stageInstructions } from '../stageKeywords';
import { instructionText } from '../instructions';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

/** Entrypoints that start as root only to drop privileges themselves. */
const DROPS_PRIVILEGES = /\b(?:gosu|su-exec|setpriv|chpst|s6-setuidgid|runuser)\b/;
/** Servers whose master process starts as root and runs its workers as an unprivileged user. */
const SERVER_DROPS_PRIVILEGES = /^\s*\[?\s*"?(?:\S*\/)?(?:nginx|php-fpm[\d.]*|httpd|apache2ctl|apache2-foreground|httpd-foreground)\b/;
/** Interactive runtimes: the image is a base for others (`CMD ["python3"]`), not an application. */
const BASE_IMAGE_COMMAND = /^\s*\[?\s*"?(?:\S*\/)?(?:bash|sh|ash|zsh|python[\d.]*|node|php|irb|ruby|jshell|iex|ghci)"?\s*(?:,\s*"-a"\s*)?\]?\s*$|^\s*\[?\s*"?php"?\s*,?\s*"?-a"?\s*\]?\s*$/;
const NON_ROOT_IMAGE = /[:-]nonroot\b|^cgr\.dev\/|^gcr\.io\/distroless\/.*:nonroot/;

export default defineDockerfileRule({
  id: 'dockerfile/require-user',
  aliases: ['CKV_DOCKER_3', 'DS002'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['q252', 'q8', 'q2'],
  subject: ['USER '],
  summary: 'The final stage should switch to a non-root USER.',
  docs: {
    why:
      'Without `USER`, the container runs as root: a process that is compromised (or just buggy) can change ' +
      'anything in the container and has a much shorter path to the host. Create a user, give it what the app ' +
      'writes, and switch to it before `CMD`; Kubernetes can then enforce `runAsNonRoot`.',
    bad: 'FROM node:24-alpine\nCOPY . /app\nCMD ["node", "/app/server.js"]',
    good: 'FROM node:24-alpine\nCOPY --chown=node:node . /app\nUSER node\nCMD ["node", "/app/server.js"]',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    const stage = finalStage(dockerfile);
    if (!stage || isDevelopmentStage(stage)) return;
    const chain = stageChain(stages, stage);
    if (chain.some((member) => stageInstructions(dockerfile, member, 'USER').length > 0)) return;
    const image = chain.at(-1)?.from.getImage() ?? '';
    if (NON_ROOT_IMAGE.test(image) || image.includes('$')) return;
    const command = lastCommandOf(dockerfile, chain);
    const commandText = (command?.getRawArgumentsContent() ?? '').slice(0, 500);
    if (!command || SERVER_DROPS_PRIVILEGES.test(commandText) || BASE_IMAGE_COMMAND.test(commandText)) return;
    // An instruction matches only if the file does: one scan of the file settles most files.
    if (DROPS_PRIVILEGES.test(document.getText()) && chain.some((member) => member.instructions.some((instruction) => DROPS_PRIVILEGES.test(instructionText(document, instruction))))) return;
    const range = stage.from.getImageRange() ?? stage.from.getInstructionRange();
    const user = /(^|\/)node:/.test(`${image}:`) ? 'node' : '10001';
    yield {
      range,
      message: `The final stage from ${code(image || 'its base')} never sets USER, so the container runs as root.`,
      fixes: [{ title: `Add USER ${user} (make sure it owns what the app writes)`, edits: [insertionBeforeCommand(document, stage, `USER ${user}`)] }],
    };
  },
});

