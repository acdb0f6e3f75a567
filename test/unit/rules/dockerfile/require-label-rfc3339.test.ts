import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { k: 'rfc3339', other: 'text' } } as const;

testRule('dockerfile/require-label-rfc3339', {
  valid: [
    'FROM alpine:3.20\nLABEL k=not-checked-without-a-schema\n',
    { code: 'FROM alpine:3.20\nLABEL k=""\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=2024-05-01T12:00:00Z\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k="2021-03-23 13:04:29.300508335+01:00"\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=2024-05-01t12:00:00-07:30\n', workspace },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL other=x k=today\n', workspace, errors: [{ line: 2, text: 'today', message: /`k` must be .*type in the label schema is `rfc3339`/ }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k=2024-05-01\n', workspace, errors: [{ line: 2, text: '2024-05-01' }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k=2024-13-01T00:00:00Z\n', workspace, errors: [{ line: 2, text: '2024-13-01T00:00:00Z' }] },
    { code: 'FROM alpine:3.20\nARG V\nLABEL k="${V}"\n', workspace, errors: [{ line: 3, text: '"${V}"', message: /checked as written/ }] },
  ],
});
