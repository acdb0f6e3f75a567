import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { k: 'email', other: 'text' } } as const;

testRule('dockerfile/require-label-email', {
  valid: [
    'FROM alpine:3.20\nLABEL k=not-checked-without-a-schema\n',
    { code: 'FROM alpine:3.20\nLABEL k=""\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=platform@example.com\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k="first.last+tag@sub.example.org"\n', workspace },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL other=x k="Platform team"\n', workspace, errors: [{ line: 2, text: '"Platform team"', message: /`k` must be .*type in the label schema is `email`/ }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k="Jane <jane@example.com>"\n', workspace, errors: [{ line: 2, text: '"Jane <jane@example.com>"' }] },
    { code: 'FROM alpine:3.20\nARG V\nLABEL k="${V}"\n', workspace, errors: [{ line: 3, text: '"${V}"', message: /checked as written/ }] },
  ],
});
