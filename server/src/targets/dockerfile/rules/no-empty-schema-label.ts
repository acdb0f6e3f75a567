import { labelPairs } from '../labels';
import { byKeyword } from '../instructions';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-empty-schema-label',
  aliases: ['DL3051'],
  severity: 'warning',
  questions: ['cc-image-labels'],
  subject: ['label-schema', 'labelSchema'],
  summary: 'A label of the configured label schema has a value.',
  docs: {
    why:
      'A label the schema requires but set to `""` satisfies the letter of the schema and tells the reader ' +
      'nothing, usually because a build argument that should fill it was not passed. Only labels of the ' +
      'schema are checked; without a schema this rule reports nothing.',
    bad: '# label-schema: { org.opencontainers.image.revision: hash }\nFROM alpine:3.20\nLABEL org.opencontainers.image.revision=""',
    good: '# label-schema: { org.opencontainers.image.revision: hash }\nFROM alpine:3.20\nLABEL org.opencontainers.image.revision="4f2c8e1"',
  },
  *check({ dockerfile, workspace }) {
    const schema = workspace.labelSchema ?? {};
    if (Object.keys(schema).length === 0) return;
    for (const pair of byKeyword(dockerfile, 'LABEL').flatMap(labelPairs)) {
      if (Object.hasOwn(schema, pair.key) && pair.value === '') yield { range: pair.keyRange, message: `The label ${code(pair.key)} of the label schema is empty.` };
    }
  },
});
