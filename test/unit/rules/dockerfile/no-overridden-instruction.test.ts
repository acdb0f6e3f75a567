import { testRule } from '../../ruleTester';

testRule('dockerfile/no-overridden-instruction', {
  valid: [
    'FROM node:24\nCMD ["node", "server.js"]\n',
    'FROM node:24 AS build\nCMD ["npm", "test"]\nFROM node:24\nCMD ["node", "server.js"]\n',
    'FROM node:24\nENTRYPOINT ["tini", "--"]\nCMD ["node", "server.js"]\n',
  ],
  invalid: [
    {
      code: 'FROM node:24\nCMD ["node", "migrate.js"]\nCMD ["node", "server.js"]\n',
      errors: [{ line: 2, text: 'CMD', message: /overridden by the one on line 3/, output: 'FROM node:24\nCMD ["node", "server.js"]\n' }],
    },
    {
      code: 'FROM nginx\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK --interval=5s \\\n  CMD curl -f http://localhost/\n',
      errors: [{ line: 2, text: 'HEALTHCHECK', output: 'FROM nginx\nHEALTHCHECK --interval=5s \\\n  CMD curl -f http://localhost/\n' }],
    },
  ],
});
