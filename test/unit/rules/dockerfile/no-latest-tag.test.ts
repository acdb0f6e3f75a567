import { testRule } from '../../ruleTester';

testRule('dockerfile/no-latest-tag', {
  valid: ['FROM python:3.12-slim\n', 'FROM python\n', 'FROM python:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000\n'],
  invalid: [
    { code: 'FROM python:latest AS base\n', errors: [{ line: 1, text: 'latest', message: /`python:latest`/, output: null }] },
    { code: 'FROM alpine:3.23\nFROM docker.io/library/alpine:latest\n', errors: [{ line: 2, text: 'latest' }] },
  ],
});
