import { testRule } from '../../ruleTester';

testRule('dockerfile/no-duplicate-stage-name', {
  valid: ['FROM node:20 AS web-build\nFROM golang:1.22 AS api-build\n', 'FROM node:20\nFROM node:20\n'],
  invalid: [
    { code: 'FROM node:20 AS build\nFROM golang:1.22 AS Build\n', errors: [{ line: 2, text: 'Build', message: /already used/, output: null }] },
  ],
});
