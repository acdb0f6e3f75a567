import { testRule } from '../../ruleTester';

testRule('dockerfile/no-constant-platform', {
  valid: ['FROM --platform=$BUILDPLATFORM golang:1.26 AS build\n', 'FROM golang:1.26\n', 'FROM --platform=${TARGETPLATFORM} alpine:3.23\n'],
  invalid: [{ code: 'FROM --platform=linux/amd64 golang:1.26 AS build\n', errors: [{ line: 1, text: 'linux/amd64', message: /buildx/, output: null }] }],
});
