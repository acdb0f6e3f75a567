import { callHasFlag, insertAfter, packageCalls } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

const INSTALLS: Record<string, string[]> = {
  yum: ['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'remove', 'erase'],
  dnf: ['install', 'groupinstall', 'reinstall', 'upgrade', 'remove', 'erase', 'downgrade', 'distro-sync'],
  zypper: ['install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si'],
};

export default defineDockerfileRule({
  id: 'dockerfile/require-rpm-non-interactive',
  aliases: ['DL3030', 'DL3038', 'DL3034'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-package-installs'],
  subject: ['dnf -y', 'dnf install -y', '--non-interactive', 'yum install -y'],
  summary: 'yum and dnf need `-y`, zypper needs `--non-interactive`: a build cannot answer prompts.',
  docs: {
    why:
      'Without `-y` (yum, dnf, microdnf) or `-n`/`--non-interactive` (zypper) the package manager asks for ' +
      'confirmation and, with no terminal to answer, aborts: the build fails.',
    bad: 'RUN yum install httpd && yum clean all',
    good: 'RUN yum install -y httpd && yum clean all',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['yum', 'dnf', 'zypper'])) {
      const subcommand = call.subcommand;
      if (!subcommand || !INSTALLS[call.manager].includes(call.action)) continue;
      if (call.program.value.endsWith('microdnf') && callHasFlag(call, null, 'assumeyes')) continue;
      if (callHasFlag(call, 'y', 'assumeyes') || (call.manager === 'zypper' && (callHasFlag(call, 'n', 'non-interactive', 'no-confirm')))) continue;
      const zypper = call.manager === 'zypper';
      yield {
        range: subcommand.range,
        message: `\`${call.program.value} ${subcommand.value}\` has no \`${zypper ? '--non-interactive' : '-y'}\`, so it stops at the confirmation prompt.`,
        fixes: [
          zypper
            ? { title: 'Add `--non-interactive`', edits: [insertAfter(call.program, '--non-interactive')] }
            : { title: 'Add `-y`', edits: [insertAfter(subcommand, '-y')] },
        ],
      };
    }
  },
});
