import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { k: 'spdx', other: 'text' } } as const;

testRule('dockerfile/require-label-spdx', {
  valid: [
    'FROM alpine:3.20\nLABEL k=not-checked-without-a-schema\n',
    { code: 'FROM alpine:3.20\nLABEL k=""\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=MIT\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=Apache-2.0\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=GPL-3.0-or-later\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=LicenseRef-internal\n', workspace },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL other=x k="Apache License 2.0"\n', workspace, errors: [{ line: 2, text: '"Apache License 2.0"', message: /`k` must be .*type in the label schema is `spdx`/ }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k="MIT OR Apache-2.0"\n', workspace, errors: [{ line: 2, text: '"MIT OR Apache-2.0"' }] },
    { code: 'FROM alpine:3.20\nARG V\nLABEL k="${V}"\n', workspace, errors: [{ line: 3, text: '"${V}"', message: /checked as written/ }] },
  ],
});
