import { testRule } from '../../ruleTester';

testRule('dockerfile/require-image-tag', {
  valid: [
    'FROM node:24.12-bookworm-slim\n',
    'FROM node@sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
    'FROM scratch\n',
    'FROM golang:1.26 AS Build\nFROM build\n',
    'ARG BASE=node:24\nFROM ${BASE}\n',
  ],
  invalid: [
    { code: 'FROM node\n', errors: [{ line: 1, text: 'node', message: /no tag/, output: null }] },
    { code: 'FROM --platform=$BUILDPLATFORM ghcr.io/acme/builder AS build\n', errors: [{ line: 1, text: 'ghcr.io/acme/builder' }] },
  ],
});
