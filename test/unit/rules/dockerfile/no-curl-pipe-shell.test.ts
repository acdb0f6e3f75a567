import { testRule } from '../../ruleTester';

testRule('dockerfile/no-curl-pipe-shell', {
  valid: [
    'FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://example.com/i.sh && sh /tmp/i.sh\n',
    'FROM debian:12\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n',
    'FROM debian:12\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
    'FROM debian:12\nRUN curl -fsSL https://example.com/x | sh /tmp/other.sh\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n', errors: [{ line: 2, text: 'sh', message: /`curl` into `sh`/, output: null }] },
    { code: 'FROM debian:12\nRUN wget -qO- https://example.com/i.sh \\\n    | sudo bash -s -- --yes\n', errors: [{ line: 3, text: 'bash' }] },
    { code: 'FROM debian:12\nRUN curl -sL https://deb.nodesource.com/setup_20.x | python3 -\n', errors: [{ line: 2, text: 'python3' }] },
  ],
});
