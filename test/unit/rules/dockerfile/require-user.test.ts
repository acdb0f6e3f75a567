import { testRule } from '../../ruleTester';

testRule('dockerfile/require-user', {
  valid: [
    'FROM node:24-alpine\nUSER node\nCMD ["node", "server.js"]\n',
    'FROM node:24 AS base\nUSER node\nFROM base\nCMD ["node", "server.js"]\n',
    'FROM gcr.io/distroless/nodejs20-debian12:nonroot\nCMD ["server.js"]\n',
    'FROM postgres:16\nRUN apt-get install -y gosu\nENTRYPOINT ["docker-entrypoint.sh"]\n',
    'FROM debian:12\nRUN apt-get update && apt-get install -y nginx\nCMD ["nginx", "-g", "daemon off;"]\n',
    'FROM python:3.12\nCMD ["python3"]\n',
    'FROM alpine\nRUN apk add --no-cache curl\n',
    'FROM node:24 AS dev\nCMD ["npm", "run", "dev"]\n',
    // The stage's own CMD is the image's: the base stage's application command is overridden by a shell.
    'FROM node:24 AS app\nCMD ["node", "server.js"]\nFROM app\nCMD ["bash"]\n',
  ],
  invalid: [
    {
      code: 'FROM node:24-alpine\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
      errors: [{ line: 1, text: 'node:24-alpine', message: /never sets USER/, output: 'FROM node:24-alpine\nCOPY . /app\nUSER node\nCMD ["node", "/app/server.js"]\n' }],
    },
    {
      code: 'FROM golang:1.26 AS build\nUSER 1000\nRUN go build -o /app\nFROM debian:12-slim\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]',
      errors: [{ line: 4, text: 'debian:12-slim', output: 'FROM golang:1.26 AS build\nUSER 1000\nRUN go build -o /app\nFROM debian:12-slim\nCOPY --from=build /app /app\nUSER 10001\nENTRYPOINT ["/app"]' }],
    },
    {
      // The base stage's interactive CMD is overridden by the stage's own application command.
      code: 'FROM python:3.12 AS base\nCMD ["python3"]\nFROM base\nCMD ["python3", "app.py"]\n',
      errors: [{ line: 3, text: 'base', output: 'FROM python:3.12 AS base\nCMD ["python3"]\nFROM base\nUSER 10001\nCMD ["python3", "app.py"]\n' }],
    },
  ],
});
