import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-shell-instruction', {
  valid: ['FROM debian:12\nSHELL ["/bin/bash", "-c"]\n', 'FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python && cp /bin/sh /tmp/sh\n'],
  invalid: [
    { code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n', errors: [{ line: 2, text: '/bin/sh', message: /SHELL instruction/, output: null }] },
    { code: 'FROM debian:12\nRUN rm /bin/sh && ln -s bash /bin/sh\n', errors: [{ line: 2, text: '/bin/sh' }] },
  ],
});
