import { malformedLabels } from '../labels';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-label-url',
  aliases: ['DL3052'],
  severity: 'warning',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'A label the configured label schema types `url` holds a URL.',
  docs: {
    why:
      'The label schema (`label-schema:` in `.hadolint.yaml`, `labelSchema:` in `.container-coach.yaml`) gives each ' +
      'required label a type, so the tools that read it can rely on its value. A label of type `url` must be ' +
      'a URL (RFC 3986, with its scheme); the value is checked as written, so a label filled from a build argument needs the type ' +
      '`text`. Without a schema this rule reports nothing.',
    bad: '# label-schema: { org.opencontainers.image.source: url }\nFROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/example/app"',
    good: '# label-schema: { org.opencontainers.image.source: url }\nFROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"',
  },
  check: ({ dockerfile, workspace }) => malformedLabels(dockerfile, workspace, 'url', 'a URL'),
});
