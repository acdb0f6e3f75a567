import { testRule } from '../../ruleTester';

testRule('dockerfile/no-copy-secret-file', {
  valid: [
    'FROM node:24\nCOPY package.json .env.example ./\n',
    'FROM nginx\nCOPY certs/ca.pem /etc/ssl/certs/\n',
    'FROM alpine\nCOPY id_rsa.pub /root/.ssh/authorized_keys\n',
    'FROM node:24\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
    'FROM node:24 AS build\nFROM node:24\nCOPY --from=build /app/.env ./\n',
  ],
  invalid: [
    { code: 'FROM node:24\nCOPY .npmrc package.json ./\n', errors: [{ line: 2, text: '.npmrc', message: /looks like a credential file/, output: null }] },
    { code: 'FROM alpine\nCOPY id_rsa /root/.ssh/id_rsa\nADD ./config/.env /app/\n', errors: [{ line: 2, text: 'id_rsa' }, { line: 3, text: './config/.env' }] },
    { code: 'FROM nginx\nCOPY tls/server.key /etc/nginx/\n', errors: [{ line: 2, text: 'tls/server.key' }] },
  ],
});
