import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-consistent-as-casing', {
  valid: ['FROM golang:1.26 AS build\n', 'from golang:1.26 as build\n', 'FROM alpine\n', 'From alpine as base\n'],
  invalid: [
    {
      code: 'FROM golang:1.26 as build\nRUN go build ./...\n',
      errors: [{ line: 1, text: 'as', message: /`as` does not match the casing of `FROM`/, output: 'FROM golang:1.26 AS build\nRUN go build ./...\n' }],
    },
    {
      code: 'from --platform=$BUILDPLATFORM golang:1.26 AS build\n',
      errors: [{ line: 1, text: 'AS', output: 'from --platform=$BUILDPLATFORM golang:1.26 as build\n' }],
    },
  ],
});
