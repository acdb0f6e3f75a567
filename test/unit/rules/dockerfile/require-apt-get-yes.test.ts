import { testRule } from '../../ruleTester';

testRule('dockerfile/require-apt-get-yes', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    'FROM debian:12\nRUN apt-get -y install curl\n',
    'FROM debian:12\nRUN apt-get install --yes curl && apt-get install -qq wget\n',
    'FROM debian:12\nRUN apt-get update\n',
    'FROM debian:12\nRUN if apt-get install -s curl > /dev/null; then echo ok; fi\n',
    'FROM debian:12\nRUN echo apt-get install curl\n',
    'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install curl\n',
      errors: [{ line: 2, text: 'install', message: /no `-y`/, output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n' }],
    },
    {
      code: 'FROM debian:12\r\nRUN apt-get update \\\r\n  # comment\r\n  && sudo apt-get -q install \\\r\n     curl\r\n',
      errors: [{ line: 2, text: 'RUN apt-get update \\\r\n  # comment\r\n  && sudo apt-get -q install', output: 'FROM debian:12\r\nRUN apt-get update \\\r\n  # comment\r\n  && sudo apt-get -q install -y \\\r\n     curl\r\n' }],
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get install curl\nEOF\n',
      errors: [{ line: 2, text: 'RUN <<EOF\nset -e\napt-get install', output: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get install -y curl\nEOF\n' }],
    },
    {
      code: '# escape=`\nFROM debian:12\nRUN apt-get update && `\n    apt-get install curl\n',
      errors: [{ line: 3, text: 'RUN apt-get update && `\n    apt-get install', output: '# escape=`\nFROM debian:12\nRUN apt-get update && `\n    apt-get install -y curl\n' }],
    },
    {
      code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]\n',
      errors: [{ line: 2, text: '"install"', output: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n' }],
    },
  ],
});

describe('apt-get quiet levels and aptitude', () => {
  testRule('dockerfile/require-apt-get-yes', {
    valid: [
      'FROM debian:12\nRUN apt-get -q -q install curl\n',
      'FROM debian:12\nRUN apt-get -qq install curl\n',
      'FROM debian:12\nRUN apt-get install -q=2 curl\n',
    ],
    invalid: [
      { code: 'FROM debian:12\nRUN apt-get -q install curl\n', errors: [{ line: 2, text: 'install', output: 'FROM debian:12\nRUN apt-get -q install -y curl\n' }] },
      { code: 'FROM debian:12\nRUN aptitude install curl\n', errors: [{ line: 2, text: 'install', message: /^`aptitude install`/, output: 'FROM debian:12\nRUN aptitude install -y curl\n' }] },
    ],
  });
});
