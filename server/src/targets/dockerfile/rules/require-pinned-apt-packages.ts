import { isSimulation, packageCalls, packageOperands, unpinnedFinding, ONE_FINDING_PER_COMMAND } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pinned-apt-packages',
  aliases: ['DL3008'],
  severity: 'info',
  questions: ['cc-pinned-packages', 'q269'],
  subject: ['apt-get install'],
  summary: 'Pin the versions of packages installed with apt-get (`curl=7.88.1-10+deb12u5`).',
  docs: {
    why:
      'An unpinned `apt-get install curl` installs whatever version the mirror has on the day of the build, ' +
      'so two builds of the same Dockerfile differ. Pinning makes rebuilds reproducible and upgrades ' +
      'deliberate; pair it with a base image pinned by tag or digest.',
    bad: 'RUN apt-get install -y --no-install-recommends curl',
    good: 'RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5',
    differsFromHadolint: ONE_FINDING_PER_COMMAND,
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['apt-get', 'aptitude'], ['install'])) {
      if (isSimulation(call)) continue;
      const unpinned = packageOperands(call).filter(
        (operand) => !operand.dynamic && !/[=/]/.test(operand.value) && !operand.value.endsWith('.deb'),
      );
      const finding = unpinnedFinding(unpinned, (name) => `${name}=<version>`);
      if (finding) yield finding;
    }
  },
});
