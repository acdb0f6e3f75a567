import { testRule } from '../../ruleTester';

testRule('dockerfile/no-pointless-command', {
  valid: ['FROM debian:12\nRUN apt-get install -y openssh-client vim && systemctl enable nginx\n', 'FROM debian:12\nRUN echo service nginx start\n', 'FROM debian:12\nRUN app & pid=$!; sleep 5; kill $pid\n'],
  invalid: [
    {
      code: 'FROM debian:12\nRUN service nginx start && sudo systemctl start nginx\n',
      errors: [{ line: 2, text: 'service', message: /gone when the RUN ends/, output: null }, { line: 2, text: 'systemctl' }],
    },
    { code: 'FROM debian:12\nRUN ifconfig eth0 && echo ifconfig\n', errors: [{ line: 2, text: 'ifconfig', message: /network of the build container/, output: null }] },
  ],
});
