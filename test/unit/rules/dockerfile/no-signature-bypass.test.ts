import { testRule } from '../../ruleTester';

testRule('dockerfile/no-signature-bypass', {
  valid: [
    'FROM alpine:3.23\nRUN apk add --no-cache curl\n',
    'FROM rockylinux:9\nRUN dnf install -y httpd && rpm --import /keys/RPM-GPG-KEY\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.23\nRUN apk add --no-cache --allow-untrusted /tmp/tool.apk\n',
      errors: [{ line: 2, text: '--allow-untrusted', message: /without verifying/, output: 'FROM alpine:3.23\nRUN apk add --no-cache /tmp/tool.apk\n' }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get -o Acquire::AllowInsecureRepositories=true update && apt-get install -y --allow-unauthenticated curl\n',
      errors: [
        { line: 2, text: 'Acquire::AllowInsecureRepositories=true', output: null },
        { line: 2, text: '--allow-unauthenticated', output: 'FROM debian:12\nRUN apt-get -o Acquire::AllowInsecureRepositories=true update && apt-get install -y curl\n' },
      ],
    },
    {
      code: 'FROM rockylinux:9\nRUN yum install -y --nogpgcheck httpd && rpm -i --nosignature x.rpm\n',
      errors: [{ line: 2, text: '--nogpgcheck', output: 'FROM rockylinux:9\nRUN yum install -y httpd && rpm -i --nosignature x.rpm\n' }, { line: 2, text: '--nosignature', output: 'FROM rockylinux:9\nRUN yum install -y --nogpgcheck httpd && rpm -i x.rpm\n' }],
    },
  ],
});
