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
      errors: [{ line: 4, text: 'curl', message: /Empty line 3 continues the `RUN` started on line 2/, output: 'FROM alpine\nRUN apk add --no-cache \\\n    curl\n' }],
    },
    {
      code: 'FROM alpine\r\nRUN apk add \\\r\n  \r\n  curl\r\n',
      errors: [{ line: 4, text: 'curl', output: 'FROM alpine\r\nRUN apk add \\\r\n  curl\r\n' }],
    },
    {
      code: 'FROM alpine\nEXPOSE \\\n\n80 \\\n  \n  443\nRUN echo \\\n\n  done\n',
      errors: [
        { line: 6, text: '443', message: /^Empty lines 3 and 5 continue the `EXPOSE` started on line 2;/, output: 'FROM alpine\nEXPOSE \\\n80 \\\n  443\nRUN echo \\\n\n  done\n' },
        { line: 9, text: 'done', message: /^Empty line 8 continues the `RUN` started on line 7;/, output: 'FROM alpine\nEXPOSE \\\n\n80 \\\n  \n  443\nRUN echo \\\n  done\n' },
      ],
    },
  ],
});
