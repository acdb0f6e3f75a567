import { packageCalls, packageOperands, unpinnedFinding, ONE_FINDING_PER_COMMAND } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pinned-apk-packages',
  aliases: ['DL3018'],
  severity: 'info',
  questions: ['cc-pinned-packages'],
  subject: ['apk add'],
  summary: 'Pin the versions of packages installed with apk (`curl=8.5.0-r0`).',
  docs: {
    why:
      'An unpinned `apk add curl` installs whatever the repository has on the day of the build, so two ' +
      'builds of the same Dockerfile differ. Pin with `=` (exact) or `~` (same minor release).',
    bad: 'RUN apk add --no-cache curl',
    good: 'RUN apk add --no-cache curl=8.5.0-r0',
    differsFromHadolint: ONE_FINDING_PER_COMMAND,
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['apk'], ['add'])) {
      const unpinned = packageOperands(call).filter((operand) => !operand.dynamic && !/[=~<>/]/.test(operand.value) && !operand.value.endsWith('.apk'));
      const finding = unpinnedFinding(unpinned, (name) => `${name}=<version>`);
      if (finding) yield finding;
    }
  },
});
