import { testRule } from '../../ruleTester';

testRule('dockerfile/no-duplicate-stage-name', {
  valid: ['FROM node:24 AS web-build\nFROM golang:1.26 AS api-build\n', 'FROM node:24\nFROM node:24\n'],
  invalid: [
    { code: 'FROM node:24 AS build\nFROM golang:1.26 AS Build\n', errors: [{ line: 2, text: 'Build', message: /already used/, output: null }] },
  ],
});
