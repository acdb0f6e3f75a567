import { testRule } from '../../ruleTester';

testRule('dockerfile/require-wget-progress', {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a\n',
    'FROM debian:12\nRUN wget --progress dot https://example.com/a\n',
    'FROM alpine:3.20\nRUN wget -qO- https://example.com/a | tar -xz\n',
    'FROM debian:12\nRUN wget -nv https://example.com/a && wget --no-verbose https://example.com/b && wget --quiet https://example.com/c\n',
    'FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/a && wget --append-output=/tmp/log https://example.com/b\n',
    'FROM debian:12\nRUN curl -fsSLO https://example.com/a\n',
    'FROM debian:12\nRUN apt-get install -y wget\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN wget https://example.com/model.bin\n', errors: [{ line: 2, text: 'wget', message: /--progress=dot:giga/ }] },
    { code: 'FROM debian:12\nRUN wget -O /tmp/q.tgz https://example.com/q.tgz\n', errors: [{ line: 2, text: 'wget' }] },
    { code: 'FROM debian:12\nRUN cd /tmp && /usr/bin/wget -Oq.tgz https://example.com/q.tgz\n', errors: [{ line: 2, text: '/usr/bin/wget' }] },
  ],
});
