import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-copy', {
  valid: [
    'FROM alpine:3.23\nCOPY requirements.txt /app/\n',
    'FROM alpine:3.23\nADD rootfs.tar.gz /\n',
    'FROM alpine:3.23\nADD https://example.com/tool /usr/local/bin/tool\n',
    'FROM alpine:3.23\nADD --checksum=sha256:abc https://example.com/x /x\n',
    'FROM alpine:3.23\nADD git@github.com:acme/repo.git /src\n',
    'FROM alpine:3.23\nADD $ARCHIVE /opt/\n',
  ],
  invalid: [
    { code: 'FROM alpine:3.23\nADD requirements.txt /app/\n', errors: [{ line: 2, text: 'ADD', message: /`COPY`/, output: 'FROM alpine:3.23\nCOPY requirements.txt /app/\n' }] },
    { code: 'FROM alpine:3.23\nadd --chown=app:app . \\\n  /app\n', errors: [{ line: 2, text: 'add', output: 'FROM alpine:3.23\ncopy --chown=app:app . \\\n  /app\n' }] },
  ],
});

describe('quoted sources', () => {
  testRule('dockerfile/prefer-copy', {
    valid: ['FROM alpine:3.23\nADD "file.tgz" /x/\n'],
    invalid: [{ code: 'FROM alpine:3.23\nADD "file.txt" /x/\n', errors: [{ line: 2, text: 'ADD', output: 'FROM alpine:3.23\nCOPY "file.txt" /x/\n' }] }],
  });
});
