import { testRule } from '../../ruleTester';

testRule('dockerfile/no-env-self-reference', {
  valid: [
    'FROM alpine:3.23\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin\n',
    'FROM alpine:3.23\nENV PATH=/app/bin:$PATH\n',
    'FROM alpine:3.23\nARG VERSION=1\nENV VERSION=${VERSION} LABEL=v$VERSION\n',
    'FROM alpine:3.23\nENV APP=/app APPLICATION=$APPLICATION_DIR\n',
    // Names that are no regular expression, nor variables a value can expand.
    'FROM alpine:3.23\nENV = *a\n',
    'FROM alpine:3.23\nENV (a=1 b=$(a\n',
    'FROM alpine:3.23\nENV A=1 B=${AB-default}\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.23\nENV APP_HOME=/app \\\n    APP_BIN="${APP_HOME}/bin"\n',
      errors: [{ line: 2, text: 'ENV APP_HOME=/app \\\n    APP_BIN="${APP_HOME}/bin"', message: /`\$APP_HOME` is defined by this same ENV/, output: null }],
    },
    { code: 'FROM alpine:3.23\nENV A=1 B=$A\n', errors: [{ line: 2, text: '$A' }] },
    { code: 'FROM alpine:3.23\nENV A=1 B=2 C=$B$A\n', errors: [{ line: 2, text: '$B$A', message: /^`\$A`/ }] },
    { code: 'FROM alpine:3.23\nENV A=1 A=${A:-2}\n', errors: [{ line: 2, text: '${A:-2}' }] },
    // BuildKit expands every operator without a colon too: `-`, `+`, `?`, `#`, `%`.
    { code: 'FROM alpine:3.23\nENV A=1 B=${A-default}\n', errors: [{ line: 2, text: '${A-default}', message: /`\$A` is defined by this same ENV/ }] },
    { code: 'FROM alpine:3.23\nENV A=x.tar B=${A%.tar} C=${A+set}\n', errors: [{ line: 2, text: '${A%.tar}' }, { line: 2, text: '${A+set}' }] },
  ],
});
