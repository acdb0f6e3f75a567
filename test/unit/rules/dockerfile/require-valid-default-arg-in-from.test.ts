import { testRule } from '../../ruleTester';

testRule('dockerfile/require-valid-default-arg-in-from', {
  valid: [
    'ARG TAG=3.20\nFROM alpine:${TAG}\n',
    'ARG VARIANT\nFROM alpine${VARIANT:+-$VARIANT}\n',
    'ARG REGISTRY=registry.example.com:5000\nFROM $REGISTRY/team/app:1.0\n',
    'ARG TAG\nFROM alpine:${TAG:-3.20}\n',
    'FROM alpine:${UNDECLARED}\n',
  ],
  invalid: [
    { code: 'ARG TAG\nFROM alpine:${TAG}\n', errors: [{ line: 2, text: 'alpine:${TAG}', message: /becomes `alpine:`/, output: null }] },
    { code: 'ARG BASE_IMAGE\nFROM $BASE_IMAGE AS build\n', errors: [{ line: 2, text: '$BASE_IMAGE', message: /is empty with the default build arguments/ }] },
  ],
});
