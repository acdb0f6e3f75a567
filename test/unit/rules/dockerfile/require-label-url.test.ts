import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { k: 'url', other: 'text' } } as const;

testRule('dockerfile/require-label-url', {
  valid: [
    'FROM alpine:3.20\nLABEL k=not-checked-without-a-schema\n',
    { code: 'FROM alpine:3.20\nLABEL k=""\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=https://github.com/example/app\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=git+ssh://git@example.com/r.git\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=urn:isbn:0451450523\n', workspace },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL other=x k=github.com/example/app\n', workspace, errors: [{ line: 2, text: 'github.com/example/app', message: /`k` must be .*type in the label schema is `url`/ }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k="https://example.com/a b"\n', workspace, errors: [{ line: 2, text: '"https://example.com/a b"' }] },
    { code: 'FROM alpine:3.20\nARG V\nLABEL k="${V}"\n', workspace, errors: [{ line: 3, text: '"${V}"', message: /checked as written/ }] },
  ],
});
