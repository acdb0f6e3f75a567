import { testRule } from '../../ruleTester';

testRule('dockerfile/require-from-first', {
  valid: ['# syntax=docker/dockerfile:1\n# comment\nARG VERSION=12\nFROM debian:${VERSION}\nRUN true\n', ''],
  invalid: [
    { code: 'ARG A=1\nLABEL a=b\nRUN true\nFROM debian:12\nRUN true\n', errors: [{ line: 2, text: 'LABEL', message: /before the first FROM/, output: null }] },
  ],
});
