import { testRule } from '../../ruleTester';

testRule('dockerfile/prefer-logs-to-stdout', {
  valid: [
    'FROM python:3.12\nCMD ["gunicorn", "--access-logfile", "-", "app:app"]\n',
    'FROM node:24\nCMD ["node", "server.js"]\n',
    'FROM alpine\nCMD exec app 2>&1\n',
    'FROM alpine\nCMD app > /dev/stdout\n',
    'FROM alpine\nRUN make > /tmp/build.log\nCMD ["app"]\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nCMD ["gunicorn", "--access-logfile", "/var/log/app/access.log", "app:app"]\n',
      errors: [{ line: 2, text: '/var/log/app/access.log', message: /writes its log to `\/var\/log\/app\/access\.log`/, output: null }],
    },
    { code: 'FROM node:24\nCMD node server.js >> /var/log/app.log 2>&1\n', errors: [{ line: 2, text: '/var/log/app.log' }] },
    { code: 'FROM python:3.12\nENTRYPOINT gunicorn --log-file=/srv/logs/gunicorn.txt app:app\n', errors: [{ line: 2, text: '/srv/logs/gunicorn.txt' }] },
  ],
});
