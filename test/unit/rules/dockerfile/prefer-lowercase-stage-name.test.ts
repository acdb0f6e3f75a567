import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-lowercase-stage-name', {
  valid: ['FROM node:24 AS builder\nFROM nginx\nCOPY --from=builder /app/dist /usr/share/nginx/html\n', 'FROM alpine\n', 'FROM alpine AS build-2\n'],
  invalid: [
    {
      code: 'FROM node:24 AS Builder\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=Builder /app/dist /usr/share/nginx/html\n',
      errors: [
        {
          line: 1,
          text: 'Builder',
          message: /`Builder` has uppercase letters/,
          output: 'FROM node:24 AS builder\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=builder /app/dist /usr/share/nginx/html\n',
        },
      ],
    },
    {
      code: 'FROM golang:1.26 AS BUILD\nFROM BUILD AS Test\nRUN --mount=type=cache,from=BUILD,target=/go go test ./...\n',
      errors: [
        { line: 1, text: 'BUILD', output: 'FROM golang:1.26 AS build\nFROM build AS Test\nRUN --mount=type=cache,from=build,target=/go go test ./...\n' },
        { line: 2, text: 'Test', output: 'FROM golang:1.26 AS BUILD\nFROM BUILD AS test\nRUN --mount=type=cache,from=BUILD,target=/go go test ./...\n' },
      ],
    },
  ],
});
