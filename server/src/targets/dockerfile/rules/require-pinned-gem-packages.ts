import { callHasFlag, packageCalls, packageOperands, unpinnedFinding, ONE_FINDING_PER_COMMAND } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pinned-gem-packages',
  aliases: ['DL3028'],
  severity: 'info',
  questions: ['cc-pinned-packages'],
  subject: ['gem install'],
  summary: 'Pin the versions of gems installed with `gem install` (`bundler:2.5.6` or `-v 2.5.6`).',
  docs: {
    why:
      'An unpinned `gem install bundler` installs the newest release on the day of the build, so two builds ' +
      'differ. Name the version, or install from a `Gemfile.lock` with `bundle install`.',
    bad: 'RUN gem install bundler',
    good: 'RUN gem install bundler:2.5.6',
    differsFromHadolint: ONE_FINDING_PER_COMMAND,
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['gem'], ['install'])) {
      if (callHasFlag(call, 'v', 'version')) continue;
      const unpinned = packageOperands(call).filter(
        (operand) => !operand.dynamic && !/[:/]|\.gem$/.test(operand.value),
      );
      const finding = unpinnedFinding(unpinned, (name) => `${name}:<version>`);
      if (finding) yield finding;
    }
  },
});
