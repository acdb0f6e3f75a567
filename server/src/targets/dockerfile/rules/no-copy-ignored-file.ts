import { copySources, flagNamed } from '../instructions';
import { parseDockerignore } from '../../../parsing/dockerignore';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'warning',
  questions: ['cc-dockerignore'],
  subject: ['.dockerignore'],
  summary: 'COPY and ADD should not name a file that `.dockerignore` leaves out of the build context.',
  docs: {
    why:
      'A path excluded by `.dockerignore` is not in the build context, so the build fails with "not found" ' +
      '(or a wildcard silently copies nothing). Either copy another path or stop ignoring it. The patterns are ' +
      'matched as Docker matches them; a source below which a `!` line may bring a file back is not reported.',
    bad: '# .dockerignore: dist\nCOPY dist /usr/share/nginx/html',
    good: '# .dockerignore: node_modules\nCOPY dist /usr/share/nginx/html',
  },
  *check({ dockerfile, workspace }) {
    if (!workspace.dockerignore) return;
    const dockerignore = parseDockerignore(workspace.dockerignore);
    for (const instruction of dockerfile.instructions) {
      const keyword = instruction.getKeyword();
      // A trigger copies from the build context of the image built from this one.
      if ((keyword !== 'COPY' && keyword !== 'ADD') || flagNamed(instruction, 'from') || dockerfile.triggers.has(instruction)) continue;
      for (const source of copySources(instruction)) {
        const path = source.getValue();
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path) || /[$*?[\]]/.test(path)) continue;
        if (!dockerignore.excludesAll(path)) continue;
        yield {
          range: source.getRange(),
          message: /^\.\/?$/.test(path)
            ? `.dockerignore excludes every file and re-includes none, so ${code(`${keyword} ${path}`)} copies nothing.`
            : `${code(path)} is excluded by .dockerignore, so it is not in the build context and ${keyword} cannot find it.`,
        };
      }
    }
  },
});
