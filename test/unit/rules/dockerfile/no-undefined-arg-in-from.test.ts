import { testRule } from '../../ruleTester';

testRule('dockerfile/no-undefined-arg-in-from', {
  valid: [
    'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\n',
    'FROM --platform=$BUILDPLATFORM golang:1.26\n',
    'ARG BASE\nFROM $BASE\n',
  ],
  invalid: [
    { code: 'FROM node:${NODE_VERSION}-alpine\n', errors: [{ line: 1, text: 'NODE_VERSION', message: /not declared with an ARG before the first FROM/, output: null }] },
    { code: 'FROM alpine\nARG TAG=3.20\nFROM alpine:$TAG\n', errors: [{ line: 3, text: 'TAG' }] },
  ],
});
