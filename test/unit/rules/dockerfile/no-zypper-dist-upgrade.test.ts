import { testRule } from '../../ruleTester';

testRule('dockerfile/no-zypper-dist-upgrade', {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive update && zypper clean --all\n',
    'FROM opensuse/leap:15.6\nRUN zypper -n patch\n',
    'FROM debian:12\nRUN apt-get dist-upgrade -y\n',
    'FROM opensuse/leap:15.6\nRUN echo zypper dist-upgrade\n',
  ],
  invalid: [
    { code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive dist-upgrade\n', errors: [{ line: 2, text: 'dist-upgrade', message: /`zypper dist-upgrade` upgrades the whole distribution/ }] },
    { code: 'FROM opensuse/tumbleweed\nRUN zypper refresh && \\\n    zypper -n dup --no-recommends\n', errors: [{ line: 2, text: 'RUN zypper refresh && \\\n    zypper -n dup', message: /`zypper dup`/ }] },
    { code: 'FROM opensuse/leap:15.6\nRUN zypper -r oss dist-upgrade -y\n', errors: [{ line: 2, text: 'dist-upgrade' }] },
  ],
});
