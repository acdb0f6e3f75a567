import { packageCalls, packageOperands, unpinnedFinding } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pinned-go-packages',
  aliases: ['DL3062'],
  severity: 'info',
  questions: ['cc-pinned-packages'],
  subject: ['go install'],
  summary: 'Pin `go install`, `go get` and `go run` to a version (`golang.org/x/tools/gopls@v0.15.3`), not `@latest`.',
  docs: {
    why:
      '`go install example.com/tool` (inside a module) and `go install example.com/tool@latest` fetch ' +
      'whatever is newest at build time, so two builds differ. Name an exact version.',
    bad: 'RUN go install golang.org/x/tools/gopls@latest',
    good: 'RUN go install golang.org/x/tools/gopls@v0.15.3',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['go'], ['install', 'get', 'run'])) {
      const operands = packageOperands(call);
      // `go run pkg args…`: only the first operand is a package.
      const unpinned = (call.action === 'run' ? operands.slice(0, 1) : operands).filter(({ value, dynamic }) => {
        const at = value.lastIndexOf('@');
        return !dynamic && /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(value) && (at <= 0 || /^(latest|upgrade|patch)$/.test(value.slice(at + 1)));
      });
      const finding = unpinnedFinding(unpinned, (name) => `${name.replace(/@latest$/, '')}@<version>`);
      if (finding) yield finding;
    }
  },
});
