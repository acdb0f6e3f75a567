import { flagsOf, byKeyword } from '../instructions';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-run-insecure-security',
  aliases: [],
  severity: 'error',
  questions: ['cc-build-secrets'],
  subject: ['--security=insecure', 'security.insecure'],
  summary: 'Do not run build steps with `RUN --security=insecure`.',
  docs: {
    why:
      '`--security=insecure` runs the step like a privileged container: every capability, every host ' +
      'device, no seccomp or AppArmor. Anything that step downloads can take over the build host. It also ' +
      'needs the `security.insecure` entitlement, so the build fails on builders that do not grant it.',
    bad: 'RUN --security=insecure mount -t tmpfs none /mnt',
    good: 'RUN --mount=type=tmpfs,target=/mnt make test',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'RUN')) {
      const flags = flagsOf(instruction);
      for (const flag of flags) {
        if (flag.getName() !== 'security' || flag.getValue() !== 'insecure') continue;
        yield { range: flag.getRange(), message: '`--security=insecure` runs this step with every privilege of the build host.' };
      }
    }
  },
});
