import { testRule } from '../../ruleTester';

testRule('dockerfile/require-rpm-cache-clean', {
  valid: [
    'FROM rockylinux:9\nRUN yum install -y httpd && yum clean all\n',
    'FROM rockylinux:9\nRUN dnf install -y httpd && rm -rf /var/cache/dnf\n',
    'FROM opensuse/leap:15.5\nRUN zypper -n install curl && zypper clean -a\n',
    'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y git\n',
  ],
  invalid: [
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
