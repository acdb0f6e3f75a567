import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-apt-packages', {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5\n',
    'FROM debian:12\nRUN apt-get install -y ./tool.deb "$PACKAGES" -t bookworm-backports\n',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y \\\n    curl=7.88.1 \\\n    "git" \\\n    -o Dpkg::Options::=--force-confold wget\n',
      errors: [{ line: 2, text: 'RUN apt-get install -y \\\n    curl=7.88.1 \\\n    "git"', message: /^`git` is not pinned \(nor is `wget`\): write `git=<version>`/, output: null }],
    },
    {
      // One finding per install command (hadolint reports the RUN once).
      code: 'FROM debian:12\nRUN apt-get install -y curl && apt-get install -y git make jq\n',
      errors: [{ line: 2, text: 'curl' }, { line: 2, text: 'git', message: /\(nor are 2 more packages of this command\)/ }],
    },
  ],
});

describe('apt command lines', () => {
  testRule('dockerfile/require-pinned-apt-packages', {
    valid: [
      'FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install -y curl=7.88.1-10\n',
      'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confnew curl=7.88.1-10\n',
    ],
    invalid: [{ code: 'FROM debian:12\nRUN aptitude install -y curl\n', errors: [{ line: 2, text: 'curl', output: null }] }],
  });
});
