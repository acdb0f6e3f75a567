import { testRule } from '../../ruleTester';

testRule('dockerfile/no-sudo', {
  valid: ['FROM debian:12\nRUN apt-get update\n', 'FROM debian:12\nRUN echo sudo && visudo -c\n'],
  invalid: [
    {
      code: 'FROM debian:12\nRUN sudo apt-get update\n',
      errors: [{ line: 2, text: 'sudo', message: /`USER root`/, output: 'FROM debian:12\nRUN apt-get update\n' }],
    },
    {
      code: 'FROM debian:12\nUSER app\nRUN sudo apt-get update\n',
      errors: [{ line: 3, text: 'sudo', output: null }],
    },
    {
      code: 'FROM gitpod/workspace-full:2024\nRUN sudo apt-get update && sudo -E make install\n',
      errors: [{ line: 2, text: 'sudo', output: null }, { line: 2, text: 'sudo', output: null }],
    },
    {
      code: 'FROM debian:12\nUSER app\nUSER root\nRUN <<EOF\nsudo apt-get update\nEOF\n',
      errors: [{ line: 4, text: 'RUN <<EOF\nsudo', output: 'FROM debian:12\nUSER app\nUSER root\nRUN <<EOF\napt-get update\nEOF\n' }],
    },
  ],
});
