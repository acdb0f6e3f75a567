import { testRule } from '../../ruleTester';

testRule('dockerfile/require-rpm-cache-clean', {
  valid: [
    'FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n',
    'FROM rockylinux:9\nRUN dnf install -y httpd && rm -rf /var/cache/dnf\n',
    'FROM opensuse/leap:15.5\nRUN zypper -n install curl && zypper clean -a\n',
    'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y git\n',
    // Global flags (and their values) before the clean subcommand.
    'FROM rockylinux:9\nRUN yum -y install httpd && yum -y clean all\n',
    'FROM fedora:40\nRUN dnf install -y httpd && dnf --setopt=keepcache=0 -c /etc/dnf/dnf.conf clean all\n',
  ],
  invalid: [
    // A flag's value named `clean` is not the clean subcommand.
    { code: 'FROM fedora:40\nRUN dnf install -y httpd && dnf -c clean install -y git\n', errors: [{ line: 2, text: 'install', output: 'FROM fedora:40\nRUN dnf install -y httpd && dnf -c clean install -y git && dnf clean all\n' }, { line: 2, text: 'install', output: 'FROM fedora:40\nRUN dnf install -y httpd && dnf -c clean install -y git && dnf clean all\n' }] },
    {
      code: 'FROM rockylinux:9\nRUN yum install -y httpd\n',
      errors: [{ line: 2, text: 'install', message: /`yum clean all`/, output: 'FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n' }],
    },
    {
      code: 'FROM fedora:40\nRUN microdnf install -y git \\\n  && git --version\n',
      errors: [{ line: 2, text: 'install', output: 'FROM fedora:40\nRUN microdnf install -y git \\\n  && git --version && microdnf clean all\n' }],
    },
    {
      code: 'FROM opensuse/leap:15.5\nRUN zypper -n install curl; \n',
      errors: [{ line: 2, text: 'install', message: /`zypper clean`/, output: null }],
    },
  ],
});

describe('rpm spellings, order and mounts', () => {
  testRule('dockerfile/require-rpm-cache-clean', {
    valid: [
      'FROM fedora:40\nRUN dnf up -y && dnf clean all\n',
      'FROM fedora:40\nRUN microdnf install -y curl-8.6.0 && microdnf clean all\n',
      'FROM opensuse/leap:15\nRUN zypper --non-interactive in curl=8.6.0 && zypper cc\n',
      'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y curl-8.6.0\n',
      'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y curl-8.6.0\n',
      'FROM centos:7\nRUN --mount=type=tmpfs,target=/var/cache/yum yum install -y curl-7.29.0\n',
    ],
    invalid: [
      {
        code: 'FROM centos:7\nRUN yum clean all && yum install -y curl-7.29.0\n',
        errors: [{ line: 2, text: 'install', output: 'FROM centos:7\nRUN yum clean all && yum install -y curl-7.29.0 && yum clean all\n' }],
      },
      { code: 'FROM fedora:40\nRUN dnf upgrade-minimal -y\n', errors: [{ line: 2, text: 'upgrade-minimal', output: 'FROM fedora:40\nRUN dnf upgrade-minimal -y && dnf clean all\n' }] },
      { code: 'FROM fedora:40\nRUN microdnf install -y curl-8.6.0\n', errors: [{ line: 2, text: 'install', output: 'FROM fedora:40\nRUN microdnf install -y curl-8.6.0 && microdnf clean all\n' }] },
      { code: 'FROM opensuse/leap:15\nRUN zypper -n in curl=8.6.0\n', errors: [{ line: 2, text: 'in', output: 'FROM opensuse/leap:15\nRUN zypper -n in curl=8.6.0 && zypper clean\n' }] },
    ],
  });
});
