import { testRule } from '../../ruleTester';

testRule('dockerfile/no-empty-continuation', {
  valid: [
    'FROM alpine\nRUN apk add --no-cache \\\n    curl\n\nCMD ["sh"]\n',
    'FROM alpine\nRUN <<EOF\napk add curl\n\necho done\nEOF\n',
    'FROM alpine\nRUN apk add --no-cache \\\n    # a comment\n    curl\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nRUN apk add --no-cache \\\n\n    curl\n',
      errors: [{ line: 3, text: '', message: /Empty line 3 continues the `RUN` started on line 2/, output: 'FROM alpine\nRUN apk add --no-cache \\\n    curl\n' }],
    },
    {
      code: 'FROM alpine\r\nRUN apk add \\\r\n  \r\n  curl\r\n',
      errors: [{ line: 3, text: '  ', output: 'FROM alpine\r\nRUN apk add \\\r\n  curl\r\n' }],
    },
  ],
});
