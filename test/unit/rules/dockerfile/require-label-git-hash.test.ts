import { testRule } from '../../ruleTester';

const workspace = { labelSchema: { k: 'hash', other: 'text' } } as const;

testRule('dockerfile/require-label-git-hash', {
  valid: [
    'FROM alpine:3.20\nLABEL k=not-checked-without-a-schema\n',
    { code: 'FROM alpine:3.20\nLABEL k=""\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=4f2c8e1\n', workspace },
    { code: 'FROM alpine:3.20\nLABEL k=4f2c8e1d9a0b3c5e7f6a8b9c0d1e2f3a4b5c6d7e\n', workspace },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL other=x k=main\n', workspace, errors: [{ line: 2, text: 'main', message: /`k` must be .*type in the label schema is `hash`/ }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k=4F2C8E1\n', workspace, errors: [{ line: 2, text: '4F2C8E1' }] },
    { code: 'FROM alpine:3.20\nLABEL other=x k=4f2c8e1d\n', workspace, errors: [{ line: 2, text: '4f2c8e1d' }] },
    { code: 'FROM alpine:3.20\nARG V\nLABEL k="${V}"\n', workspace, errors: [{ line: 3, text: '"${V}"', message: /checked as written/ }] },
  ],
});
