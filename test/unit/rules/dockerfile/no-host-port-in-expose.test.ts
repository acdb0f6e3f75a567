import { testRule } from '../../ruleTester';

testRule('dockerfile/no-host-port-in-expose', {
  valid: ['FROM nginx\nEXPOSE 80 443/tcp\n', 'FROM alpine\nEXPOSE ${PORT:-8080}\n', 'FROM alpine\nEXPOSE 8000-8010\n'],
  invalid: [
    {
      code: 'FROM nginx\nEXPOSE 127.0.0.1:8080:80\n',
      errors: [{ line: 2, text: '127.0.0.1:8080:80', message: /only the container port, `80`/, output: 'FROM nginx\nEXPOSE 80\n' }],
    },
    { code: 'FROM nginx\nEXPOSE 8080:80/tcp 443\n', errors: [{ line: 2, text: '8080:80/tcp', output: 'FROM nginx\nEXPOSE 80/tcp 443\n' }] },
  ],
});
