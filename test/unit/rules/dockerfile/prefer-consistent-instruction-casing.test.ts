import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-consistent-instruction-casing', {
  valid: ['FROM alpine\nRUN echo hi\nCMD ["sh"]\n', 'from alpine\nrun echo hi\ncmd ["sh"]\n', 'FROM alpine\nRUN echo run from\n',
    // BuildKit counts the instructions of the stages: an ARG before the first FROM is neither counted nor checked.
    'arg VERSION=3.20\nFROM alpine:${VERSION}\nRUN echo hi\n',
  ],
  invalid: [
    {
      // A tie asks for uppercase.
      code: 'ARG VERSION=3.20\nfrom alpine:${VERSION}\nRUN echo hi\n',
      errors: [{ line: 2, text: 'from', output: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\nRUN echo hi\n' }],
    },
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
