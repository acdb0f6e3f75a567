import { testRule } from '../../ruleTester';

const dockerignore = '# build output\ndist\n*.log\nnode_modules\n!keep.log\nsecrets/\n';

testRule('dockerfile/no-copy-ignored-file', {
  valid: [
    { code: 'FROM nginx\nCOPY dist /usr/share/nginx/html\n', workspace: {} },
    { code: 'FROM nginx\nCOPY dist /usr/share/nginx/html\n', workspace: { dockerignore: null } },
    { code: 'FROM node:24\nCOPY package.json src/ ./\nCOPY keep.log /tmp/\n', workspace: { dockerignore } },
    { code: 'FROM node:24 AS build\nFROM nginx\nCOPY --from=build /app/dist /usr/share/nginx/html\n', workspace: { dockerignore } },
    { code: 'FROM node:24\nCOPY src/dist ./\nADD https://example.com/app.log /tmp/\n', workspace: { dockerignore } },
    // Docker's matching, not gitignore's: a `!` line re-includes below an excluded directory, so a
    // directory with a re-included file below it is not empty; `*` stops at `/`.
    { code: 'FROM node:24\nCOPY src/app.js src ./\nCOPY . .\n', workspace: { dockerignore: '*\n!src/app.js\n' } },
    { code: 'FROM node:24\nCOPY src/lib/a.js cmd ./\n', workspace: { dockerignore: '*\n!src/**\n!*.go\n' } },
    { code: 'FROM node:24\nCOPY docs/README.md tmp/x.txt ./\n', workspace: { dockerignore: '*.md\n*/tmp/*\n' } },
    // `.*` leaves out dotfiles, not the context root.
    { code: 'FROM node:24\nCOPY . .\nCOPY ./ /app/\n', workspace: { dockerignore: '.*\n' } },
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
    {
      code: 'FROM node:24\nCOPY lib/x.js docs/a/README.md ./\n',
      workspace: { dockerignore: '*\n!src/app.js\n**/*.md\n' },
      errors: [{ line: 2, text: 'lib/x.js' }, { line: 2, text: 'docs/a/README.md' }],
    },
    {
      code: 'FROM node:24\nCOPY . .\n',
      workspace: { dockerignore: '# nothing goes in\n*\n' },
      errors: [{ line: 2, text: '.', message: /excludes every file and re-includes none, so `COPY \.` copies nothing/ }],
    },
  ],
});
