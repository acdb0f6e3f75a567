import { labelPairs } from '../labels';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-labels-outside-schema',
  aliases: ['DL3050'],
  severity: 'info',
  questions: ['cc-image-labels'],
  subject: ['strict-labels', 'strictLabels'],
  summary: 'With strict labels on, no label outside the configured label schema.',
  docs: {
    why:
      'With `strict-labels: true` (`.hadolint.yaml`) or `strictLabels: true` (`.container-coach.yaml`) the label ' +
      'schema is the complete list: any other label may leak information or confuse the tools that read ' +
      'labels. With strict labels on and no schema, every label is reported, as hadolint does; with strict ' +
      'labels off, this rule reports nothing. One finding per LABEL, at its first key outside the schema.',
    bad: '# label-schema: { version: semver }, strict-labels: true\nFROM alpine:3.20\nLABEL version="1.2.0" build-host="ci-runner-7"',
    good: '# label-schema: { version: semver }, strict-labels: true\nFROM alpine:3.20\nLABEL version="1.2.0"',
  },
  *check({ dockerfile, workspace }) {
    if (workspace.strictLabels !== true) return;
    const schema = workspace.labelSchema ?? {};
    for (const instruction of dockerfile.instructions) {
      const extra = labelPairs(instruction).find((pair) => !Object.hasOwn(schema, pair.key));
      if (extra) yield { range: extra.keyRange, message: `The label ${code(extra.key)} is not in the label schema, and strict labels allow no other.` };
    }
  },
});
