import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-gem-packages', {
  valid: [
    'FROM ruby:3.3\nRUN gem install bundler:2.5.6\n',
    'FROM ruby:3.3\nRUN gem install bundler -v 2.5.6\n',
    'FROM ruby:3.3\nRUN bundle install\n',
  ],
  invalid: [
    { code: 'FROM ruby:3.3\nRUN gem install --no-document bundler\n', errors: [{ line: 2, text: 'bundler', message: /`bundler:<version>`/, output: null }] },
  ],
});

describe('gem command lines', () => {
  testRule('dockerfile/require-pinned-gem-packages', {
    valid: ['FROM ruby:3.3\nRUN gem install nokogiri:1.16.0 -- --use-system-libraries true\n'],
    invalid: [{ code: 'FROM ruby:3.3\nRUN gem i nokogiri\n', errors: [{ line: 2, text: 'nokogiri', output: null }] }],
  });
});
