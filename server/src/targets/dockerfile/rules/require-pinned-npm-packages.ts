import { isFloatingTarball, isGitSource, packageCalls, packageOperands, unpinnedFinding, ONE_FINDING_PER_COMMAND } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pinned-npm-packages',
  aliases: ['DL3016'],
  severity: 'info',
  questions: ['cc-pinned-packages', 'q269'],
  subject: ['npm install -g', 'npm ci'],
  summary: 'Pin the versions of packages installed by name with npm (`npm install -g pm2@5.4.2`).',
  docs: {
    why:
      '`npm install -g pm2` installs the newest release on the day of the build, so two builds differ. ' +
      'Name a version (`pm2@5.4.2`), or let `npm ci` install what `package-lock.json` records. A git source, ' +
      'GitHub\'s `user/repo` shorthand included, is pinned by a `#<commit>`.',
    bad: 'RUN npm install -g pm2',
    good: 'RUN npm install -g pm2@5.4.2',
    differsFromHadolint: ONE_FINDING_PER_COMMAND,
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['npm'], ['install', 'i', 'add'])) {
      const unpinned = packageOperands(call).filter(({ value, dynamic }) => {
        const versioned = /^@[^/]+\/[^@]+@.+/.test(value) || /^[^@]+@.+/.test(value);
        if (dynamic || /^[./~]/.test(value)) return false;
        if (isGitSource(value) || isGithubShorthand(value)) return !/#./.test(value);
        return /^https?:/.test(value) ? isFloatingTarball(value) : !versioned && !value.includes(':');
      });
      const finding = unpinnedFinding(unpinned, (name) => (isGitSource(name) || isGithubShorthand(name) ? `${name}#<commit>` : /^https?:/.test(name) ? 'a tarball URL of a release' : `${name}@<version>`));
      if (finding) yield finding;
    }
  },
});

/** npm's GitHub shorthand, `user/repo` or `user/repo#<commit-ish>` (a scoped name starts with `@`, a folder with `.`, `/` or `~`). */
function isGithubShorthand(value: string): boolean {
  return /^[A-Za-z0-9][\w.-]*\/[\w.-]+(?:#.*)?$/.test(value);
}
