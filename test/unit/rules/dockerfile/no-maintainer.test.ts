import { testRule } from '../../ruleTester';

testRule('dockerfile/no-maintainer', {
  valid: ['FROM alpine:3.23\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"\n', 'FROM alpine:3.23\n# MAINTAINER jane\n'],
  invalid: [
    {
      code: 'FROM alpine:3.23\nMAINTAINER Jane "JD" Doe <jane@example.com> $HOME\n',
      errors: [{ line: 2, text: 'MAINTAINER', message: /deprecated/, output: 'FROM alpine:3.23\nLABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe <jane@example.com> \\$HOME"\n' }],
    },
    {
      code: 'FROM alpine:3.23\r\nmaintainer Jessie Frazelle <jess@linux.com>\r\nRUN true\r\n',
      errors: [{ line: 2, text: 'maintainer', output: 'FROM alpine:3.23\r\nLABEL org.opencontainers.image.authors="Jessie Frazelle <jess@linux.com>"\r\nRUN true\r\n' }],
    },
    { code: 'FROM alpine:3.23\nMAINTAINER\n', errors: [{ line: 2, text: 'MAINTAINER', output: null }] },
  ],
});
