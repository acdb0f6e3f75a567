import { stagesOf } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-root-user',
  aliases: ['DL3002', 'CKV_DOCKER_8'],
  severity: 'warning',
  questions: ['q252', 'q273'],
  subject: ['USER ', 'non-root'],
  summary: 'The last USER of the final stage should not be root.',
  docs: {
    why:
      'The container runs as the last USER of the final stage. As root, a process that is compromised can ' +
      'write anywhere in the container and is one kernel or runtime bug away from root on the host. ' +
      'Switch back to an unprivileged user after the steps that need root.',
    bad: 'FROM debian:12-slim\nUSER root\nRUN apt-get update\nCMD ["./server"]',
    good: 'FROM debian:12-slim\nUSER root\nRUN apt-get update\nUSER app\nCMD ["./server"]',
  },
  *check({ dockerfile }) {
    const stages = stagesOf(dockerfile);
    const final = stages[stages.length - 1];
    const last = final ? stageInstructions(dockerfile, final, 'USER').at(-1) : undefined;
    const range = last?.getArgumentsRange();
    const user = last?.getArguments()[0]?.getValue() ?? '';
    if (!last || !range || !/^(root|0)(:.*)?$/.test(user)) return;
    yield { range, message: `\`USER ${user}\` is the last user of the final stage, so the container runs as root.` };
  },
});
