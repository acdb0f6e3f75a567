import { testRule } from '../../ruleTester';

testRule('dockerfile/require-useradd-no-log-init', {
  valid: [
    'FROM debian:12\nRUN useradd -l -u 123456 app\n',
    'FROM debian:12\nRUN useradd --no-log-init --uid=123456 app && useradd -u 1000 small\n',
    'FROM debian:12\nRUN useradd -rlu 123456 app\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN useradd -u 123456 -m app\n', errors: [{ line: 2, text: 'useradd', message: /`123456`/, output: 'FROM debian:12\nRUN useradd -l -u 123456 -m app\n' }] },
    { code: 'FROM debian:12\nRUN groupadd -g 900000 app \\\n && useradd --uid=900000 -g app app\n', errors: [{ line: 2, text: 'RUN groupadd -g 900000 app \\\n && useradd', output: 'FROM debian:12\nRUN groupadd -g 900000 app \\\n && useradd -l --uid=900000 -g app app\n' }] },
  ],
});
