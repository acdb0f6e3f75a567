import { testRule } from '../../ruleTester';

testRule('compose/require-stop-grace-period', {
  valid: [
    'services:\n  api:\n    image: api:1\n    command: node server.js\n',
    'services:\n  api:\n    image: api:1\n    command: sh -c "./migrate && exec node server.js"\n',
    'services:\n  api:\n    image: api:1\n    command: ["sh", "-c", "exec node server.js"]\n',
    'services:\n  api:\n    image: api:1\n    command: sh -c "node server.js"\n    stop_grace_period: 1m\n',
    'services:\n  api:\n    image: api:1\n    command: sh -c "trap \'kill $$pid\' TERM; node server.js & pid=$$!; wait"\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: api:1\n    command: sh -c "./migrate && node server.js"\n',
      errors: [
        {
          line: 4,
          text: 'sh -c "./migrate && node server.js"',
          message: /through `sh -c`/,
          output: [
            'services:\n  api:\n    image: api:1\n    command: sh -c "./migrate && exec node server.js"\n',
            'services:\n  api:\n    image: api:1\n    command: sh -c "./migrate && node server.js"\n    stop_grace_period: 30s\n',
          ],
        },
      ],
    },
    {
      code: "services:\n  api:\n    image: api:1\n    entrypoint: ['/bin/bash', '-ec', 'source env.sh; python app.py']\n",
      errors: [{ line: 4, text: "['/bin/bash', '-ec', 'source env.sh; python app.py']", output: [
        "services:\n  api:\n    image: api:1\n    entrypoint: ['/bin/bash', '-ec', 'source env.sh; exec python app.py']\n",
        "services:\n  api:\n    image: api:1\n    entrypoint: ['/bin/bash', '-ec', 'source env.sh; python app.py']\n    stop_grace_period: 30s\n",
      ]}],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    command: /bin/sh -c "envsubst < /tmp/t > /etc/nginx/nginx.conf && nginx -g \'daemon off;\'"\n',
      errors: [
        {
          line: 4,
          text: '/bin/sh -c "envsubst < /tmp/t > /etc/nginx/nginx.conf && nginx -g \'daemon off;\'"',
          output: 'services:\n  web:\n    image: nginx:1.27\n    command: /bin/sh -c "envsubst < /tmp/t > /etc/nginx/nginx.conf && nginx -g \'daemon off;\'"\n    stop_grace_period: 30s\n',
        },
      ],
    },
  ],
});
