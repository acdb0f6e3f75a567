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

describe('BuildKit\'s "did you mean": the declared name fewest edits away, at most two', () => {
  testRule('dockerfile/no-undefined-var', {
    valid: [
      'FROM alpine:3.23\nARG APP_HOME=/app\nWORKDIR $APP_HXYZ\n',
      'FROM alpine:3.23\nWORKDIR $PATHWAYS\n',
      'FROM alpine:3.23\nARG V=1\nWORKDIR /$XYZ\n',
    ],
    invalid: [
      { code: 'FROM alpine:3.23\nENV PATH=/opt/bin:$PAHT\n', errors: [{ line: 2, text: 'PAHT', message: /did you mean `PATH`\?/ }] },
      { code: 'FROM alpine:3.23\nARG APP_HOME=/app\nWORKDIR $APP_HMOE\n', errors: [{ line: 3, text: 'APP_HMOE', message: /did you mean `APP_HOME`\?/ }] },
      { code: 'FROM alpine:3.23\nARG DIR=/a\nWORKDIR $DI\n', errors: [{ line: 3, text: 'DI', message: /did you mean `DIR`\?/ }] },
      { code: 'FROM alpine:3.23\nARG V=1\nWORKDIR /$W\n', errors: [{ line: 3, text: 'W', message: /did you mean `V`\?/ }] },
      { code: 'FROM alpine:3.23\nARG BUILD_DIRS=/a\nARG BUILD_DIR=/b\nWORKDIR $BUILD_DI\n', errors: [{ line: 4, text: 'BUILD_DI', message: /did you mean `BUILD_DIR`\?/ }] },
      { code: 'FROM alpine:3.23\nARG APP_DIR=/a\nARG APP_DIRS=/b\nWORKDIR $APP_DIRZ\n', errors: [{ line: 4, text: 'APP_DIRZ', message: /did you mean `APP_DIR`\?/ }] },
      { code: 'ARG APP_HOME=/app\nFROM alpine:3.23\nWORKDIR $APP_HOEM\n', errors: [{ line: 3, text: 'APP_HOEM', message: /did you mean `APP_HOME`\?/ }] },
      { code: 'FROM alpine:3.23\nARG app_home=/app\nWORKDIR $APP_HOME\n', errors: [{ line: 3, text: 'APP_HOME', message: /did you mean `app_home`\?/ }] },
    ],
  });
});
