import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { revision: 'hash' } } as const;

testRule('dockerfile/no-empty-schema-label', {
  valid: [
    'FROM alpine:3.20\nLABEL revision=""\n',
    { code: 'FROM alpine:3.20\nLABEL other=""\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL revision="4f2c8e1"\n', workspace },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL revision="" other=""\n', workspace, errors: [{ line: 2, text: 'revision', message: /`revision` of the label schema is empty/ }] },
    { code: 'FROM alpine:3.20\nLABEL revision=\n', workspace, errors: [{ line: 2, text: 'revision' }] },
  ],
});
