import { testRule } from '../../ruleTester';

testRule('dockerfile/no-build-tools-in-final-stage', {
  valid: [
    'FROM python:3.12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\n',
    'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc && pip install uwsgi && apt-get purge -y gcc\n',
    'FROM alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps\n',
    'FROM alpine\nRUN apk add --no-cache curl ca-certificates\n',
    'FROM node:24 AS dev\nRUN apt-get install -y git\n',
    'FROM alpine\nRUN echo "install git later"\n',
    'FROM debian:12\nRUN apt-get install -y gcc \\\n  && apt-get \\\n  purge -y gcc\n',
    'FROM debian:12\nRUN <<EOF\napt-get install -y gcc\napt-get purge -y gcc\nEOF\n',
    // A heredoc line ends the install list: `make` is another command.
    'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nmake\nEOF\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev\n',
      errors: [{ line: 2, text: 'gcc', message: /`gcc` stays in the final image/, output: null }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y \\\n    build-essential \\\n    git=1:2.39.2-1.1\n',
      errors: [{ line: 4, text: 'build-essential' }, { line: 5, text: 'git=1:2.39.2-1.1' }],
    },
    { code: 'FROM alpine:3.23\nRUN apk add --no-cache make g++\n', errors: [{ line: 2, text: 'make' }, { line: 2, text: 'g++' }] },
    { code: 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\napt-get install -y git\nEOF\n', errors: [{ line: 4, text: 'git' }] },
  ],
});
