import { packageCalls, packageOperands, unpinnedFinding, ONE_FINDING_PER_COMMAND } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pinned-rpm-packages',
  aliases: ['DL3033', 'DL3041', 'DL3037'],
  severity: 'info',
  questions: ['cc-pinned-packages'],
  subject: ['yum', 'dnf', 'zypper'],
  summary: 'Pin the versions of packages installed with yum, dnf or zypper.',
  docs: {
    why:
      'An unpinned `yum install httpd` installs whatever the repository has on the day of the build, so two ' +
      'builds differ. Pin with `httpd-2.4.57` (yum, dnf) or `httpd=2.4.57` (zypper).',
    bad: 'RUN dnf install -y httpd && dnf clean all',
    good: 'RUN dnf install -y httpd-2.4.57 && dnf clean all',
    differsFromHadolint: ONE_FINDING_PER_COMMAND,
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['yum', 'dnf', 'zypper'], ['install', 'reinstall'])) {
      const zypper = call.manager === 'zypper';
      const unpinned = packageOperands(call).filter(
        ({ value, dynamic }) => !dynamic && !/[/*]|\.rpm$|^@/.test(value) && !(zypper ? /[=<>]/.test(value) : /-\d|[=<>]/.test(value)),
      );
      const finding = unpinnedFinding(unpinned, (name) => `${name}${zypper ? '=' : '-'}<version>`);
      if (finding) yield finding;
    }
  },
});
