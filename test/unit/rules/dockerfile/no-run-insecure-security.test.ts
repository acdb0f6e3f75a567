import { testRule } from '../../ruleTester';

testRule('dockerfile/no-run-insecure-security', {
  valid: ['FROM debian:12\nRUN --security=sandbox make test\n', 'FROM debian:12\nRUN echo --security=insecure\n'],
  invalid: [{ code: 'FROM debian:12\nRUN --mount=type=cache,target=/x --security=insecure make test\n', errors: [{ line: 2, text: '--security=insecure', message: /every privilege/, output: null }] }],
});
