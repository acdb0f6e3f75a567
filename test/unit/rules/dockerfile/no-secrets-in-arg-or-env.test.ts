import { testRule } from '../../ruleTester';

testRule('dockerfile/no-secrets-in-arg-or-env', {
  valid: [
    'FROM python:3.12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n',
    'FROM node:24\nARG NPM_TOKEN_FILE=/run/secrets/npm\n',
    'FROM alpine\nARG PUBLIC_KEY_URL=https://example.com/key.asc\n',
    'FROM alpine\nENV KEYBOARD=us MONKEY=1\n',
    'FROM golang:1.26\nENV DOCKER_AUTH_VERSION=1.5.0 AUTH_METHOD=oidc\n',
    'FROM node:24\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
  ],
  invalid: [
    {
      code: 'FROM amazon/aws-cli\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\n',
      errors: [
        { line: 2, text: 'AWS_ACCESS_KEY_ID', message: /ARG values stay in the image history.*--mount=type=secret/, output: null },
        { line: 3, text: 'AWS_SECRET_ACCESS_KEY' },
      ],
    },
    { code: 'FROM postgres:16\nENV POSTGRES_PASSWORD=postgres DB_HOST=db\n', errors: [{ line: 2, text: 'POSTGRES_PASSWORD', message: /ENV values/ }] },
    { code: 'FROM node:24\nARG github_token\n', errors: [{ line: 2, text: 'github_token' }] },
  ],
});
