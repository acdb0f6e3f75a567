import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-add-to-unpack-archive', {
  valid: [
    'FROM debian:12\nADD app.tar.gz /opt/\n',
    'FROM debian:12\nCOPY app.tar.gz /srv/downloads/\n',
    'FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt\n',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt\n',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz app/bin -C /opt\n',
    'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -tzf /tmp/app.tar.gz\n',
    'FROM debian:12 AS fetch\nCOPY app.tar.gz /tmp/\nFROM debian:12\nRUN tar -xzf /tmp/app.tar.gz\n',
    'FROM debian:12\nRUN tar -xzf /tmp/app.tar.gz\nCOPY app.tar.gz /tmp/\n',
    'FROM debian:12 AS build\nFROM debian:12\nCOPY --from=build /out/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n',
    'FROM debian:12\nCOPY dist/${NAME}.tar.gz /tmp/\nRUN tar -xzf /tmp/${NAME}.tar.gz\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
      errors: [{ line: 2, text: 'app.tar.gz', message: /`app\.tar\.gz` is copied, then unpacked by `tar` on line 3/ }],
    },
    {
      code: 'FROM debian:12\nCOPY config.json "build/release.tgz" /tmp/\nWORKDIR /opt\nRUN apt-get update && tar --extract --file=/tmp/release.tgz\n',
      errors: [{ line: 2, text: '"build/release.tgz"' }],
    },
    {
      code: 'FROM debian:12\nCOPY dist.tar.xz /tmp/pkg.tar.xz\nRUN xzcat /tmp/pkg.tar.xz | tar -x -C /opt\n',
      errors: [{ line: 2, text: 'dist.tar.xz', message: /unpacked by `xzcat`/ }],
    },
  ],
});
