import { testRule } from '../../ruleTester';

testRule('dockerfile/require-rpm-non-interactive', {
  valid: [
    'FROM rockylinux:9\nRUN yum install -y httpd && dnf -y install git && microdnf install --assumeyes curl\n',
    'FROM opensuse/leap:15.5\nRUN zypper --non-interactive install curl && zypper -n in git\n',
    'FROM rockylinux:9\nRUN yum clean all && dnf makecache\n',
  ],
  invalid: [
    {
      code: 'FROM rockylinux:9\nRUN yum install httpd && dnf --setopt=tsflags=nodocs install git\n',
      errors: [
        { line: 2, text: 'install', message: /no `-y`/, output: 'FROM rockylinux:9\nRUN yum install -y httpd && dnf --setopt=tsflags=nodocs install git\n' },
        { line: 2, text: 'install', output: 'FROM rockylinux:9\nRUN yum install httpd && dnf --setopt=tsflags=nodocs install -y git\n' },
      ],
    },
    {
      code: 'FROM opensuse/leap:15.5\nRUN zypper install curl\n',
      errors: [{ line: 2, text: 'install', message: /--non-interactive/, output: 'FROM opensuse/leap:15.5\nRUN zypper --non-interactive install curl\n' }],
    },
  ],
});

describe('rpm spellings', () => {
  testRule('dockerfile/require-rpm-non-interactive', {
    valid: ['FROM fedora:40\nRUN dnf up -y && dnf clean all\n', 'FROM opensuse/leap:15\nRUN zypper -n in curl=8.6.0 && zypper cc\n'],
    invalid: [
      { code: 'FROM opensuse/leap:15\nRUN zypper in curl=8.6.0 && zypper clean\n', errors: [{ line: 2, text: 'in', output: 'FROM opensuse/leap:15\nRUN zypper --non-interactive in curl=8.6.0 && zypper clean\n' }] },
      { code: 'FROM fedora:40\nRUN dnf reinstall curl && dnf clean all\n', errors: [{ line: 2, text: 'reinstall', output: 'FROM fedora:40\nRUN dnf reinstall -y curl && dnf clean all\n' }] },
    ],
  });
});
