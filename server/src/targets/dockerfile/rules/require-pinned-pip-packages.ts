import { callHasFlag, packageCalls, packageOperands, unpinnedFinding } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

const VALUE_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--implementation', '--abi', '--src', '--progress-bar']);

export default defineDockerfileRule({
  id: 'dockerfile/require-pinned-pip-packages',
  aliases: ['DL3013'],
  severity: 'info',
  questions: ['cc-pinned-packages', 'q269', 'q284'],
  subject: ['pip install'],
  summary: 'Pin the versions of packages installed with pip (`flask==3.0.3`) or install from a lock file.',
  docs: {
    why:
      'An unpinned `pip install flask` installs the newest release on the day of the build, so two builds ' +
      'differ and a breaking release lands without review. Pin with `==`, or install from a ' +
      '`requirements.txt` with pinned versions or a constraints file.',
    bad: 'RUN pip install --no-cache-dir flask',
    good: 'RUN pip install --no-cache-dir flask==3.0.3',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['pip'], ['install'])) {
      if (callHasFlag(call, 'c', 'constraint')) continue;
      const unpinned = packageOperands(call, VALUE_OPTIONS).filter(
        ({ value, dynamic }) => !dynamic && !/[=<>~@/\\]|^\./.test(value) && !/\.(whl|tar\.gz|zip)$/.test(value) && !/^(pip|setuptools|wheel)$/.test(value),
      );
      const finding = unpinnedFinding(unpinned, (name) => `${name.replace(/\[.*$/, '')}==<version>`);
      if (finding) yield finding;
    }
  },
});
