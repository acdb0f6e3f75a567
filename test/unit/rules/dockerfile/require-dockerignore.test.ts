import { testRule } from '../../ruleTester';

testRule('dockerfile/require-dockerignore', {
  valid: [
    { code: 'FROM node:24\nCOPY . .\n', workspace: {} },
    { code: 'FROM node:24\nCOPY . .\n', workspace: { dockerignore: '.git\nnode_modules\n' } },
    { code: 'FROM node:24\nCOPY . .\n', workspace: { dockerignore: null, contextEntries: ['Dockerfile', 'src', 'package.json'] } },
    { code: 'FROM node:24\nCOPY src ./src\n', workspace: { dockerignore: null } },
    { code: 'FROM node:24 AS build\nFROM node:24\nCOPY --from=build . .\n', workspace: { dockerignore: null } },
    { code: 'FROM node:24\nCOPY . .\n', workspace: { dockerignore: '.git\nnode_modules\n.env\n', contextEntries: ['.git', '.env', 'node_modules'] } },
    // hadolint's DL4007: its ignore comment silences the finding.
    { code: 'FROM node:24\n# hadolint ignore=DL4007\nCOPY . .\n', workspace: { dockerignore: null } },
  ],
  invalid: [
    {
      code: 'FROM node:24\nWORKDIR /app\nCOPY . .\n',
      workspace: { dockerignore: null },
      errors: [{ line: 3, text: '.', message: /has no \.dockerignore/, output: null }],
    },
    {
      code: 'FROM node:24\nCOPY ./ /app/\n',
      workspace: { dockerignore: '*.log\n', contextEntries: ['.git', 'node_modules', 'src'] },
      errors: [{ line: 2, text: './', message: /copies `\.git` and `node_modules` into the image: \.dockerignore does not exclude them/ }],
    },
    {
      code: 'FROM node:24\nCOPY . .\n',
      workspace: { dockerignore: 'node_modules\n', contextEntries: ['.git', 'node_modules'] },
      errors: [{ line: 2, text: '.', message: /copies `\.git` into the image/ }],
    },
    {
      code: 'FROM node:24\nCOPY --chown=node "." /app/\n',
      workspace: { dockerignore: '.git\n', contextEntries: ['.git', '.env', 'node_modules', 'src'] },
      errors: [{ line: 2, text: '"."', message: /copies `node_modules` and `\.env` into the image: \.dockerignore does not exclude them/ }],
    },
    {
      code: 'FROM node:24\nCOPY . .\n',
      workspace: { dockerignore: null, contextEntries: ['.git', '.env', 'node_modules'] },
      errors: [{ line: 2, text: '.', message: /which has no \.dockerignore, so `\.git`, `node_modules` and `\.env` go into the image/ }],
    },
  ],
});
