import { testRule } from '../../ruleTester';

testRule('dockerfile/no-undefined-var', {
  valid: [
    'FROM alpine\nARG APP_HOME=/app\nWORKDIR $APP_HOME\n',
    'FROM python:3.12\nWORKDIR $PYTHON_HOME\n',
    'FROM alpine\nRUN echo $UNDECLARED\n',
    'FROM scratch\nCOPY app ${APP_DIR:-/app}\n',
    'FROM alpine AS base\nENV APP=/srv\nFROM base\nWORKDIR $APP\n',
    'FROM scratch\nENV PATH=/bin\n',
  ],
  invalid: [
    { code: 'FROM alpine\nARG APP_HOME=/app\nWORKDIR $APP_HOEM\n', errors: [{ line: 3, text: 'APP_HOEM', message: /did you mean `APP_HOME`\?/, output: null }] },
    { code: 'FROM scratch\nCOPY app $DEST\n', errors: [{ line: 2, text: 'DEST', message: /starts from scratch/ }] },
  ],
});

describe('default expansions', () => {
  testRule('dockerfile/no-undefined-var', {
    valid: ['FROM alpine:3.23\nCOPY ${SRC-app} /app/\n', 'FROM alpine:3.23\nCOPY ${SRC:-app} /app/\n'],
    invalid: [],
  });
});
