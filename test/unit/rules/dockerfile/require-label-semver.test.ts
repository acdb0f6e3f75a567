import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { k: 'semver', other: 'text' } } as const;

testRule('dockerfile/require-label-semver', {
  valid: [
    'FROM alpine:3.20\nLABEL k=not-checked-without-a-schema\n',
    { code: 'FROM alpine:3.20\nLABEL k=""\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=1.4.2\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=2.0.0-rc.1+build.5\n', workspace },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL other=x k=v1.4.2\n', workspace, errors: [{ line: 2, text: 'v1.4.2', message: /`k` must be .*type in the label schema is `semver`/ }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k=1.4\n', workspace, errors: [{ line: 2, text: '1.4' }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k=01.2.3\n', workspace, errors: [{ line: 2, text: '01.2.3' }] },
    { code: 'FROM alpine:3.20\nARG V\nLABEL k="${V}"\n', workspace, errors: [{ line: 3, text: '"${V}"', message: /checked as written/ }] },
  ],
});
