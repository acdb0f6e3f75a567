import { testRule } from '../../ruleTester';

const dockerignore = '# build output\ndist\n*.log\nnode_modules\n!keep.log\nsecrets/\n';

testRule('dockerfile/no-copy-ignored-file', {
  valid: [
    { code: 'FROM nginx\nCOPY dist /usr/share/nginx/html\n', workspace: {} },
    { code: 'FROM nginx\nCOPY dist /usr/share/nginx/html\n', workspace: { dockerignore: null } },
    { code: 'FROM node:24\nCOPY package.json src/ ./\nCOPY keep.log /tmp/\n', workspace: { dockerignore } },
    { code: 'FROM node:24 AS build\nFROM nginx\nCOPY --from=build /app/dist /usr/share/nginx/html\n', workspace: { dockerignore } },
    { code: 'FROM node:24\nCOPY src/dist ./\nADD https://example.com/app.log /tmp/\n', workspace: { dockerignore } },
  ],
  invalid: [
    {
      code: 'FROM nginx\nCOPY dist /usr/share/nginx/html\n',
      workspace: { dockerignore },
      errors: [{ line: 2, text: 'dist', message: /excluded by \.dockerignore/, output: null }],
    },
    {
      code: 'FROM node:24\nCOPY ./secrets/app.key app.log ./config/\n',
      workspace: { dockerignore },
      errors: [{ line: 2, text: './secrets/app.key' }, { line: 2, text: 'app.log' }],
    },
  ],
});
