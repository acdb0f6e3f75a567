import { testRule } from '../../ruleTester';

testRule('dockerfile/no-apt-dist-upgrade', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends dist-upgrade-notes\n',
    'FROM debian:12\nRUN echo apt-get dist-upgrade\n',
    'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n',
      errors: [{ line: 2, text: 'dist-upgrade', message: /^`apt-get dist-upgrade` may install and remove packages inside the image: use `apt-get upgrade`, or a newer base image\.$/ }],
    },
    { code: 'FROM ubuntu:24.04\nRUN apt-get update && \\\n    apt-get -o Dpkg::Options::=--force-confold -y dist-upgrade\n', errors: [{ line: 2, text: 'RUN apt-get update && \\\n    apt-get -o Dpkg::Options::=--force-confold -y dist-upgrade' }] },
    { code: 'FROM ubuntu:24.04\nRUN DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get -qq dist-upgrade\n', errors: [{ line: 2, text: 'dist-upgrade' }] },
  ],
});
