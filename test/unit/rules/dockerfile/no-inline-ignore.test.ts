import { testRule } from '../../ruleTester';

testRule('dockerfile/no-inline-ignore', {
  valid: [
    'FROM debian:12\nRUN true\n',
    '# hadolint global ignore=DL3008\nFROM debian:12\nRUN true\n',
    'FROM debian:12\n# container-coach ignore-file=require-user -- the entrypoint drops privileges\nRUN true\n',
    'FROM debian:12\n# check=skip=StageNameCasing\n# ignore=DL3008 is how hadolint spells it\nRUN true\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n',
      errors: [{ line: 2, text: '# hadolint ignore=DL3008,DL3015', message: /silences DL3008, DL3015 for one instruction/ }],
    },
    {
      code: '# hadolint ignore=DL3006\r\nFROM debian\r\n  # container-coach ignore=require-user -- drops privileges later   \r\nUSER root\r\n#trivy:ignore:DS002\r\nCMD ["sh"]\r\n',
      errors: [
        { line: 1, text: '# hadolint ignore=DL3006' },
        { line: 3, text: '# container-coach ignore=require-user -- drops privileges later' },
        { line: 5, text: '#trivy:ignore:DS002' },
      ],
    },
  ],
});
