import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-base-image-digest', {
  valid: [
    'FROM node:24-alpine@sha256:2d07db07a2df6830718ae2a47db6fedce6745f5bcd174c398f2acdda90a11c03\n',
    'FROM scratch\n',
    'ARG BASE=alpine\nFROM $BASE\n',
    'FROM golang:1.26@sha256:2d07db07a2df6830718ae2a47db6fedce6745f5bcd174c398f2acdda90a11c03 AS build\nFROM build\n',
  ],
  invalid: [
    { code: 'FROM node:24-alpine\n', errors: [{ line: 1, text: 'node:24-alpine', message: /not pinned by digest/, output: null }] },
    { code: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build\nFROM gcr.io/distroless/static\n', errors: [{ line: 1, text: 'golang:1.26' }, { line: 2, text: 'gcr.io/distroless/static' }] },
  ],
});
