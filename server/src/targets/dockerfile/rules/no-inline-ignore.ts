import { dockerfileSuppressions } from '../../../suppressions/suppressions';
import { defineDockerfileRule } from '../../../engine/rule';

const INLINE_TOOLS = new Set(['hadolint', 'container-coach', 'trivy']);

export default defineDockerfileRule({
  id: 'dockerfile/no-inline-ignore',
  aliases: ['DL1001'],
  severity: 'info',
  enabledByDefault: false,
  questions: ['cc-lint-exceptions'],
  subject: ['ignore='],
  summary: 'No comments that silence a rule for one instruction (`# hadolint ignore=…`); off by default.',
  docs: {
    why:
      'A team that turns this on wants every exception in the project settings, where a reviewer sees it, ' +
      'rather than scattered over the Dockerfiles. It reports `# hadolint ignore=…`, `# container-coach ignore=…` ' +
      'and `#trivy:ignore:…` comments; file-wide forms are left alone. Differs from hadolint: hadolint reports only ' +
      'its own comment.',
    bad: 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
  },
  *check({ document, dockerfile }) {
    const inline = dockerfileSuppressions(dockerfile, document).list.filter((suppression) => !suppression.file && INLINE_TOOLS.has(suppression.tool));
    for (const suppression of inline.sort((a, b) => a.line - b.line)) {
      const text = document.getText({ start: { line: suppression.line, character: 0 }, end: { line: suppression.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      const start = text.indexOf('#');
      yield {
        range: { start: { line: suppression.line, character: start }, end: { line: suppression.line, character: text.trimEnd().length } },
        message: `This comment silences ${suppression.rules.join(', ')} for one instruction: fix the finding, or turn the rule off in the project settings.`,
      };
    }
  },
});
