import { finalStage, insertionBeforeCommand, isDevelopmentStage, stageChain, stagesOf } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-healthcheck',
  aliases: ['CKV_DOCKER_2', 'DS026'],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q7', 'q265', 'q252', 'q8'],
  subject: ['HEALTHCHECK', 'health check'],
  summary: 'An image that serves a port should declare a HEALTHCHECK.',
  docs: {
    why:
      'Without a health check Docker only knows whether the process runs, not whether it answers. With one, ' +
      '`docker ps` shows `unhealthy`, Swarm replaces the task and Compose can wait with `condition: service_healthy`. ' +
      '(Kubernetes ignores it and uses its own probes.)',
    bad: 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["gunicorn", "app:app"]',
    good: 'FROM python:3.12-slim\nEXPOSE 8000\nHEALTHCHECK --interval=30s --timeout=5s --retries=3 CMD python -c "import urllib.request; urllib.request.urlopen(\'http://localhost:8000/health\')"\nCMD ["gunicorn", "app:app"]',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    const stage = finalStage(dockerfile);
    if (!stage || isDevelopmentStage(stage)) return;
    const chain = stageChain(stages, stage);
    if (chain.some((member) => stageInstructions(dockerfile, member, 'HEALTHCHECK').length > 0)) return;
    const expose = chain.map((member) => stageInstructions(dockerfile, member, 'EXPOSE')[0]).find((instruction) => instruction !== undefined);
    if (!expose) return;
    const port = /^\d+/.exec(expose.getArguments()[0]?.getValue() ?? '')?.[0] ?? '8080';
    const image = chain.at(-1)?.from.getImage() ?? '';
    const skeleton = `HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD wget -qO- http://localhost:${port}/ || exit 1`;
    yield {
      range: expose.getInstructionRange(),
      message: `The image exposes ${code(expose.getArguments()[0]?.getValue() ?? port)} but has no HEALTHCHECK, so Docker cannot tell a hung server from a healthy one.`,
      ...(image.toLowerCase() === 'scratch'
        ? {}
        : { fixes: [{ title: 'Add a HEALTHCHECK skeleton (adjust the command and path)', edits: [insertionBeforeCommand(document, stage, skeleton)] }] }),
    };
  },
});
