import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-stopsignal', {
  valid: [
    'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    'FROM debian:12\nRUN apt-get install -y nginx\nSTOPSIGNAL SIGQUIT\nCMD ["nginx", "-g", "daemon off;"]\n',
    'FROM php:8.3-fpm\nCMD ["php-fpm"]\n',
    'FROM node:24\nCMD ["node", "nginx-config-generator.js"]\n',
    // The stage overrides its base stage's nginx with its own command.
    'FROM debian:12 AS web\nCMD ["nginx", "-g", "daemon off;"]\nFROM web\nCMD ["node", "server.js"]\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y nginx\nCMD ["nginx", "-g", "daemon off;"]\n',
      errors: [
        {
          line: 3,
          text: '["nginx", "-g", "daemon off;"]',
          message: /nginx stops gracefully on `SIGQUIT`/,
          output: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y nginx\nSTOPSIGNAL SIGQUIT\nCMD ["nginx", "-g", "daemon off;"]\n',
        },
      ],
    },
    { code: 'FROM ubuntu:24.04\nCMD apache2ctl -D FOREGROUND\n', errors: [{ line: 2, text: 'apache2ctl -D FOREGROUND', message: /SIGWINCH/, output: 'FROM ubuntu:24.04\nSTOPSIGNAL SIGWINCH\nCMD apache2ctl -D FOREGROUND\n' }] },
    {
      // The stage's own nginx CMD is the image's, not the base stage's node.
      code: 'FROM debian:12 AS base\nCMD ["node", "server.js"]\nFROM base\nCMD ["nginx", "-g", "daemon off;"]\n',
      errors: [{ line: 4, text: '["nginx", "-g", "daemon off;"]', output: 'FROM debian:12 AS base\nCMD ["node", "server.js"]\nFROM base\nSTOPSIGNAL SIGQUIT\nCMD ["nginx", "-g", "daemon off;"]\n' }],
    },
  ],
});
