import { testRule } from '../../ruleTester';

testRule('dockerfile/no-invalid-expose-port', {
  valid: ['FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010 65535 $PORT\n'],
  invalid: [
    { code: 'FROM nginx:1.27\nEXPOSE 80 80800/udp 8000-70000\n', errors: [{ line: 2, text: '80800/udp', message: /not a valid port/, output: null }, { line: 2, text: '8000-70000' }] },
  ],
});
