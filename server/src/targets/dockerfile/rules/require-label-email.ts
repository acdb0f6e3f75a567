import { malformedLabels } from '../labels';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-label-email',
  aliases: ['DL3058'],
  severity: 'warning',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'A label the configured label schema types `email` holds an email address.',
  docs: {
    why:
      'The label schema (`label-schema:` in `.hadolint.yaml`, `labelSchema:` in `.container-coach.yaml`) gives each ' +
      'required label a type, so the tools that read it can rely on its value. A label of type `email` must be ' +
      'an email address; the value is checked as written, so a label filled from a build argument needs the type ' +
      '`text`. Without a schema this rule reports nothing.',
    bad: '# label-schema: { maintainer: email }\nFROM alpine:3.20\nLABEL maintainer="Platform team"',
    good: '# label-schema: { maintainer: email }\nFROM alpine:3.20\nLABEL maintainer="platform@example.com"',
  },
  check: ({ dockerfile, workspace }) => malformedLabels(dockerfile, workspace, 'email', 'an email address'),
});
