import { finalStage } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-numeric-user',
  aliases: ['DL3066'],
  severity: 'info',
  questions: ['cc-image-users'],
  subject: ['numeric'],
  summary: 'The last USER of the final stage should be a numeric id (`USER 10001`), not a name.',
  docs: {
    why:
      'A user name means something only inside the image\'s `/etc/passwd`. Kubernetes\' `runAsNonRoot: true` ' +
      'cannot check a name and refuses to start the pod ("image has non-numeric user"), and volume permissions ' +
      'on the host are set by number. Only the user the container runs as is checked; a name from a variable ' +
      '(`USER ${APP_UID}`) is not. Differs from hadolint: `USER root` is left to `dockerfile/no-root-user`.',
    bad: 'FROM debian:12-slim\nRUN useradd --system --no-log-init --uid 10001 app\nUSER app\nCMD ["./server"]',
    good: 'FROM debian:12-slim\nRUN useradd --system --no-log-init --uid 10001 app\nUSER 10001\nCMD ["./server"]',
  },
  *check({ dockerfile }) {
    const final = finalStage(dockerfile);
    const last = final ? stageInstructions(dockerfile, final, 'USER').at(-1) : undefined;
    const argument = last?.getArguments()[0];
    const user = argument?.getValue().split(':')[0] ?? '';
    if (!argument || user === '' || user.includes('$') || /^\d+$/.test(user) || user === 'root') return;
    yield { range: argument.getRange(), message: `${code(`USER ${argument.getValue()}`)} names the user: use its numeric id so Kubernetes and the host can check it.` };
  },
});
