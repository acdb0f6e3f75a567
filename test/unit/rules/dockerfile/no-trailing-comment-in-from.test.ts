import { testRule } from '../../ruleTester';

testRule('dockerfile/no-trailing-comment-in-from', {
  valid: [
    '# the base\nFROM node:24-alpine AS build\n',
    'FROM node:24-alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'FROM alpine:3.22\nRUN echo hi # a shell comment is fine in RUN\n',
  ],
  invalid: [
    // Only a comment after FROM: moving it out would leave a FROM without an image, so no fix (found by the fuzzer).
    { code: 'FROM # Copyright 2020 Example\nRUN true\n', errors: [{ line: 1, text: '# Copyright 2020 Example', output: null }] },
    // An escape character before it: taking the comment out would leave a line continuation (found by the fuzzer).
    { code: 'FROM alpine:3.23 \\ # pinned\nRUN true\n', errors: [{ line: 1, text: '# pinned', output: null }] },
    { code: '# escape=`\nFROM alpine:3.23 ` # pinned\nRUN true\n', errors: [{ line: 2, text: '# pinned', output: null }] },
    {
      code: 'FROM company/base-python:3.11  # Internal base with CA certs\nRUN true\n',
      errors: [
        {
          line: 1,
          text: '# Internal base with CA certs',
          message: /A `#` after `FROM` is not a comment/,
          output: '# Internal base with CA certs\nFROM company/base-python:3.11\nRUN true\n',
        },
      ],
    },
    {
      code: 'FROM node:24 AS build # builder\r\n',
      errors: [{ line: 1, text: '# builder', output: '# builder\r\nFROM node:24 AS build\r\n' }],
    },
  ],
});
