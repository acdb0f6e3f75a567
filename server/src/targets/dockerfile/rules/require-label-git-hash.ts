import { malformedLabels } from '../labels';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-label-git-hash',
  aliases: ['DL3055'],
  severity: 'warning',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'A label the configured label schema types `hash` holds a git commit hash.',
  docs: {
    why:
      'The label schema (`label-schema:` in `.hadolint.yaml`, `labelSchema:` in `.container-coach.yaml`) gives each ' +
      'required label a type, so the tools that read it can rely on its value. A label of type `hash` must be ' +
      'a git commit hash: 7 or 40 lowercase hexadecimal digits; the value is checked as written, so a label filled from a build argument needs the type ' +
      '`text`. Without a schema this rule reports nothing.',
    bad: '# label-schema: { org.opencontainers.image.revision: hash }\nFROM alpine:3.20\nLABEL org.opencontainers.image.revision="main"',
    good: '# label-schema: { org.opencontainers.image.revision: hash }\nFROM alpine:3.20\nLABEL org.opencontainers.image.revision="4f2c8e1"',
  },
  check: ({ dockerfile, workspace }) => malformedLabels(dockerfile, workspace, 'hash', 'a git commit hash'),
});
