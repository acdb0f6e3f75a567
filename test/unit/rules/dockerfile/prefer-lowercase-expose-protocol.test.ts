import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-lowercase-expose-protocol', {
  valid: ['FROM nginx\nEXPOSE 80/tcp 443\n', 'FROM coredns/coredns\nEXPOSE 53/udp\n', 'FROM alpine\nEXPOSE ${PORT}/${PROTO}\n'],
  invalid: [
    { code: 'FROM coredns/coredns\nEXPOSE 53/UDP 53/tcp\n', errors: [{ line: 2, text: 'UDP', message: /`UDP` should be lowercase/, output: 'FROM coredns/coredns\nEXPOSE 53/udp 53/tcp\n' }] },
    { code: 'FROM nginx\nEXPOSE 80/Tcp\n', errors: [{ line: 2, text: 'Tcp', output: 'FROM nginx\nEXPOSE 80/tcp\n' }] },
  ],
});
