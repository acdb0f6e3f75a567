import { stageChain, stagesOf } from '../stages';
import { keywordIs } from '../instructions';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-stage-healthcheck',
  aliases: ['DL3057'],
  severity: 'info',
  enabledByDefault: false,
  questions: ['q7'],
  subject: ['HEALTHCHECK'],
  summary: 'Every stage declares a HEALTHCHECK (or builds on a stage that does); off by default.',
  docs: {
    why:
      'hadolint\'s DL3057, which hadolint also leaves off: every stage without a `HEALTHCHECK` of its own or of the ' +
      'stage it builds on is reported at its FROM. `dockerfile/require-healthcheck`, on by default, asks only for ' +
      'the final stage of an image that exposes a port; turn this one on when every image must carry a health check.',
    bad: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/',
    good: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s CMD curl -fs http://localhost/ || exit 1',
  },
  *check({ dockerfile }) {
    const stages = stagesOf(dockerfile);
    for (const stage of stages) {
      if (stageChain(stages, stage).some((member) => member.instructions.some((instruction) => keywordIs(instruction, 'HEALTHCHECK')))) continue;
      yield { range: stage.from.getInstructionRange(), message: 'This stage has no HEALTHCHECK, so Docker cannot tell a hung container from a healthy one.' };
    }
  },
});
