import { malformedLabels } from '../labels';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-label-rfc3339',
  aliases: ['DL3053'],
  severity: 'warning',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'A label the configured label schema types `rfc3339` holds an RFC 3339 time stamp.',
  docs: {
    why:
      'The label schema (`label-schema:` in `.hadolint.yaml`, `labelSchema:` in `.container-coach.yaml`) gives each ' +
      'required label a type, so the tools that read it can rely on its value. A label of type `rfc3339` must be ' +
      'an RFC 3339 time stamp (`2024-05-01T12:00:00Z`); the value is checked as written, so a label filled from a build argument needs the type ' +
      '`text`. Without a schema this rule reports nothing. The date and the time are both required, as RFC 3339 has them.',
    bad: '# label-schema: { org.opencontainers.image.created: rfc3339 }\nFROM alpine:3.20\nLABEL org.opencontainers.image.created="today"',
    good: '# label-schema: { org.opencontainers.image.created: rfc3339 }\nFROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z"',
  },
  check: ({ dockerfile, workspace }) => malformedLabels(dockerfile, workspace, 'rfc3339', 'an RFC 3339 time stamp'),
});
