import { testRule } from '../../ruleTester';

const trustedRegistries = ['registry.example.com', '*.gcr.io'];

testRule('dockerfile/no-untrusted-registry', {
  valid: [
    'FROM node:24\n',
    { code: 'FROM registry.example.com/library/node:24\n', workspace: { trustedRegistries } },
    { code: 'FROM eu.gcr.io/distroless/static\nFROM scratch\n', workspace: { trustedRegistries } },
    { code: 'FROM registry.example.com/go:1.22 AS build\nFROM build\n', workspace: { trustedRegistries } },
    { code: 'FROM node:24\n', workspace: { trustedRegistries: ['docker.io'] } },
  ],
  invalid: [
    {
      code: 'FROM node:24\n',
      workspace: { trustedRegistries },
      errors: [{ line: 1, text: 'node:24', message: /comes from `docker\.io`, which is not one of the trusted registries/, output: null }],
    },
    { code: 'FROM quay.io/prometheus/node-exporter\n', workspace: { trustedRegistries }, errors: [{ line: 1, text: 'quay.io/prometheus/node-exporter' }] },
  ],
});
