import { callHasFlag, isFloatingTarball, isGitSource, packageCalls, packageOperands, unpinnedFinding, ONE_FINDING_PER_COMMAND } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

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
      '`requirements.txt` with pinned versions or a constraints file. `uv pip install` is checked as pip.',
    bad: 'RUN pip install --no-cache-dir flask',
    good: 'RUN pip install --no-cache-dir flask==3.0.3',
    differsFromHadolint: ONE_FINDING_PER_COMMAND,
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['pip', 'pipx', 'uv pip'], ['install'])) {
      if (callHasFlag(call, 'c', 'constraint', 'constraints')) continue;
      const unpinned = packageOperands(call).filter(({ value, dynamic }) => {
        if (dynamic || /^[./~]/.test(value)) return false;
        const url = value.replace(/^[\w.-]+ @ /, '');
        if (isGitSource(url)) return !/\.git@[^/]|@[0-9a-f]{7,}|@v?\d/.test(url);
        if (/^https?:/.test(url)) return isFloatingTarball(url);
        return !/[=<>~@/\\]/.test(value) && !/\.(whl|tar\.gz|zip)$/.test(value) && !/^(pip|setuptools|wheel)$/.test(value);
      });
      const finding = unpinnedFinding(unpinned, (name) => (isGitSource(name) ? `${name}@<commit>` : /^https?:/.test(name) ? 'a URL of a release archive' : `${name.replace(/\[.*$/, '')}==<version>`));
      if (finding) yield finding;
    }
  },
});
