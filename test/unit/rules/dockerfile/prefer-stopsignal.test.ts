import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-stopsignal', {
  valid: [
    'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n',
    'FROM debian:12\nRUN apt-get install -y nginx\nSTOPSIGNAL SIGQUIT\nCMD ["nginx", "-g", "daemon off;"]\n',
    'FROM php:8.3-fpm\nCMD ["php-fpm"]\n',
    'FROM node:24\nCMD ["node", "nginx-config-generator.js"]\n',
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
  ],
});
