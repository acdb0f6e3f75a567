import { malformedLabels } from '../labels';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-label-spdx',
  aliases: ['DL3054'],
  severity: 'warning',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'A label the configured label schema types `spdx` holds an SPDX license identifier.',
  docs: {
    why:
      'The label schema (`label-schema:` in `.hadolint.yaml`, `labelSchema:` in `.container-coach.yaml`) gives each ' +
      'required label a type, so the tools that read it can rely on its value. A label of type `spdx` must be ' +
      'an SPDX license identifier (`MIT`, `Apache-2.0`); the value is checked as written, so a label filled from a build argument needs the type ' +
      '`text`. Without a schema this rule reports nothing.',
    bad: '# label-schema: { org.opencontainers.image.licenses: spdx }\nFROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache License 2.0"',
    good: '# label-schema: { org.opencontainers.image.licenses: spdx }\nFROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache-2.0"',
    differsFromHadolint: 'the form of the identifier is checked, not the SPDX license list, so a misspelt but well-formed id passes.',
  },
  check: ({ dockerfile, workspace }) => malformedLabels(dockerfile, workspace, 'spdx', 'an SPDX license identifier'),
});
