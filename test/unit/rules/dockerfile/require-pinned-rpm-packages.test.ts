import { testRule } from '../../ruleTester';

testRule('dockerfile/require-pinned-rpm-packages', {
  valid: [
    'FROM rockylinux:9\nRUN dnf install -y httpd-2.4.57 && dnf clean all\n',
    'FROM opensuse/leap:15.5\nRUN zypper install -y curl=8.0.1 && zypper clean\n',
    'FROM rockylinux:9\nRUN yum install -y /tmp/tool.rpm @development\n',
  ],
  invalid: [
    {
      code: 'FROM rockylinux:9\nRUN yum install -y httpd && zypper in -y curl\n',
      errors: [
        { line: 2, text: 'httpd', message: /`httpd-<version>`/, output: null },
        { line: 2, text: 'curl', message: /`curl=<version>`/ },
      ],
    },
  ],
});

describe('rpm spellings', () => {
  testRule('dockerfile/require-pinned-rpm-packages', {
    valid: ['FROM fedora:40\nRUN dnf reinstall -y curl-8.6.0 && dnf clean all\n'],
    invalid: [
      { code: 'FROM fedora:40\nRUN dnf reinstall -y curl && dnf clean all\n', errors: [{ line: 2, text: 'curl', output: null }] },
      { code: 'FROM opensuse/leap:15\nRUN zypper -n in --from oss curl && zypper cc\n', errors: [{ line: 2, text: 'curl', output: null }] },
    ],
  });
});
