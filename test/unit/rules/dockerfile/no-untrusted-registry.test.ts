import { testRule } from '../../ruleTester';

const trustedRegistries = ['registry.example.com', '*.gcr.io'];

testRule('dockerfile/no-untrusted-registry', {
  valid: [
    'FROM node:20\n',
    { code: 'FROM registry.example.com/library/node:20\n', workspace: { trustedRegistries } },
    { code: 'FROM eu.gcr.io/distroless/static\nFROM scratch\n', workspace: { trustedRegistries } },
    { code: 'FROM registry.example.com/go:1.22 AS build\nFROM build\n', workspace: { trustedRegistries } },
    { code: 'FROM node:20\n', workspace: { trustedRegistries: ['docker.io'] } },
  ],
  invalid: [
    {
      code: 'FROM node:20\n',
      workspace: { trustedRegistries },
      errors: [{ line: 1, text: 'node:20', message: /comes from `docker\.io`, which is not one of the trusted registries/, output: null }],
    },
    { code: 'FROM quay.io/prometheus/node-exporter\n', workspace: { trustedRegistries }, errors: [{ line: 1, text: 'quay.io/prometheus/node-exporter' }] },
  ],
});
