import { testRule } from '../../ruleTester';

testRule('dockerfile/no-apt', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    'FROM debian:12\nRUN echo apt install curl && aptitude install -y curl\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt update && apt install -y curl\n',
      errors: [
        { line: 2, text: 'apt', message: /`apt update`.*`apt-get`/, output: 'FROM debian:12\nRUN apt-get update && apt install -y curl\n' },
        { line: 2, text: 'apt', output: 'FROM debian:12\nRUN apt update && apt-get install -y curl\n' },
      ],
    },
    {
      code: 'FROM debian:12\nRUN apt search curl\n',
      errors: [{ line: 2, text: 'apt', message: /`apt-cache`/, output: null }],
    },
  ],
});
