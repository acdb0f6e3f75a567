import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-consistent-instruction-casing', {
  valid: ['FROM alpine\nRUN echo hi\nCMD ["sh"]\n', 'from alpine\nrun echo hi\ncmd ["sh"]\n', 'FROM alpine\nRUN echo run from\n'],
  invalid: [
    {
      code: 'FROM alpine\nrun apk add --no-cache curl\nCMD ["sh"]\n',
      errors: [{ line: 2, text: 'run', message: /`run` does not match the uppercase keywords/, output: 'FROM alpine\nRUN apk add --no-cache curl\nCMD ["sh"]\n' }],
    },
    {
      code: 'from alpine\nrun echo hi\nCmd ["sh"]\n',
      errors: [{ line: 3, text: 'Cmd', message: /lowercase/, output: 'from alpine\nrun echo hi\ncmd ["sh"]\n' }],
    },
  ],
});
