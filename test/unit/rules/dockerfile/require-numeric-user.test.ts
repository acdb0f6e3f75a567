import { testRule } from '../../ruleTester';

testRule('dockerfile/require-numeric-user', {
  valid: [
    'FROM debian:12\nUSER 10001\n',
    'FROM debian:12\nUSER 10001:app\n',
    'FROM debian:12\nUSER app\nRUN make\nUSER 10001:10001\n',
    'FROM debian:12 AS build\nUSER builder\nFROM debian:12\nUSER 65532\n',
    'FROM debian:12\nARG APP_UID=10001\nUSER ${APP_UID}\n',
    'FROM debian:12\nUSER root\n',
    'FROM debian:12\nRUN make\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nUSER root\nRUN make\nUSER app\n', errors: [{ line: 4, text: 'app', message: /`USER app` names the user/ }] },
    { code: 'FROM gcr.io/distroless/static\nUSER nonroot:nonroot\n', errors: [{ line: 2, text: 'nonroot:nonroot' }] },
  ],
});
