import { malformedLabels } from '../labels';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-label-semver',
  aliases: ['DL3056'],
  severity: 'warning',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'A label the configured label schema types `semver` holds a semantic version.',
  docs: {
    why:
      'The label schema (`label-schema:` in `.hadolint.yaml`, `labelSchema:` in `.container-coach.yaml`) gives each ' +
      'required label a type, so the tools that read it can rely on its value. A label of type `semver` must be ' +
      'a semantic version (`1.4.2`, `2.0.0-rc.1`); the value is checked as written, so a label filled from a build argument needs the type ' +
      '`text`. Without a schema this rule reports nothing.',
    bad: '# label-schema: { org.opencontainers.image.version: semver }\nFROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.4"',
    good: '# label-schema: { org.opencontainers.image.version: semver }\nFROM alpine:3.20\nLABEL org.opencontainers.image.version="1.4.2"',
  },
  check: ({ dockerfile, workspace }) => malformedLabels(dockerfile, workspace, 'semver', 'a semantic version'),
});
