import { testRule } from '../../ruleTester';

testRule('dockerfile/no-reserved-stage-name', {
  valid: ['FROM alpine AS base\n', 'FROM scratch\nCOPY app /\n', 'FROM alpine AS scratchpad\n'],
  invalid: [
    { code: 'FROM alpine AS scratch\n', errors: [{ line: 1, text: 'scratch', message: /reserved name/, output: null }] },
    { code: 'FROM alpine AS Context\n', errors: [{ line: 1, text: 'Context' }] },
  ],
});
