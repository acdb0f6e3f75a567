import { testRule } from '../../ruleTester';

testRule('dockerfile/no-run-host-network', {
  valid: ['FROM debian:12\nRUN --network=none make test\n', 'FROM debian:12\nRUN docker run --network=host nginx\n'],
  invalid: [{ code: 'FROM debian:12\nRUN --network=host pip install -r requirements.txt\n', errors: [{ line: 2, text: '--network=host', message: /localhost/, output: null }] }],
});
