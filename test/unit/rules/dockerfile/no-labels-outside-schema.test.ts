import { testRule } from '../../ruleTester';

const strict = { labelSchema: { version: 'semver' }, strictLabels: true } as const;

testRule('dockerfile/no-labels-outside-schema', {
  valid: [
    'FROM alpine:3.20\nLABEL anything=1\n',
    { code: 'FROM alpine:3.20\nLABEL anything=1\n', workspace: { labelSchema: { version: 'semver' } } },
    { code: 'FROM alpine:3.20\nLABEL anything=1\n', workspace: { labelSchema: { version: 'semver' }, strictLabels: false } },
    { code: 'FROM alpine:3.20\nLABEL version="1.0.0"\n', workspace: strict },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL version="1.0.0" build-host=ci other=x\nLABEL version=2.0.0\n',
      workspace: strict,
      errors: [{ line: 2, text: 'build-host', message: /`build-host` is not in the label schema/ }],
    },
    { code: 'FROM alpine:3.20\nLABEL "a"=1\n', workspace: { strictLabels: true }, errors: [{ line: 2, text: '"a"' }] },
  ],
});
