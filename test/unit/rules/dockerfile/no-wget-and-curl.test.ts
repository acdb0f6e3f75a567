import { testRule } from '../../ruleTester';

testRule('dockerfile/no-wget-and-curl', {
  valid: [
    'FROM debian:12\nRUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b\n',
    'FROM debian:12 AS fetch\nRUN wget -q https://example.com/a\nFROM debian:12\nRUN curl -fsSLO https://example.com/b\n',
    'FROM debian:12\nRUN apt-get install -y curl wget\n',
    'FROM debian:12\nRUN wget -q https://example.com/a\nHEALTHCHECK CMD curl -f http://localhost/\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget -q https://example.com/a\nRUN curl -fsSLO https://example.com/b\nRUN wget -q https://example.com/c\n',
      errors: [{ line: 3, text: 'curl', message: /both `curl` and `wget`: use `wget`/ }, { line: 4, text: 'wget' }],
    },
    {
      code: 'FROM alpine:3.20\nRUN curl -fsSL https://example.com/a | sh && sudo wget -qO- https://example.com/b | sh\n',
      errors: [{ line: 2, text: 'wget', message: /use `curl`/ }],
    },
  ],
});
