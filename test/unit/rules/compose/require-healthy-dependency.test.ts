import { testRule } from '../../ruleTester';

const DB = '  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n';

testRule('compose/require-healthy-dependency', {
  valid: [
    `services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n${DB}`,
    'services:\n  app:\n    image: app:1\n    depends_on: [cache]\n  cache:\n    image: redis:7\n',
    'services:\n  app:\n    image: app:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n    healthcheck:\n      disable: true\n',
  ],
  invalid: [
    {
      code: `services:\n  app:\n    image: app:1\n    depends_on:\n      - db\n      - cache\n${DB}  cache:\n    image: redis:7\n`,
      errors: [
        {
          line: 5,
          text: 'db',
          message: /starts as soon as `db` starts/,
          output: `services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n      cache:\n        condition: service_started\n${DB}  cache:\n    image: redis:7\n`,
        },
      ],
    },
    {
      code: `services:\n  app:\n    image: app:1\n    depends_on: [db]\n${DB}`,
      errors: [{ line: 4, text: 'db', output: `services:\n  app:\n    image: app:1\n    depends_on: {db: {condition: service_healthy}}\n${DB}` }],
    },
    {
      code: `services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_started\n        restart: true\n${DB}`,
      errors: [{ line: 5, text: 'db', output: `services:\n  app:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n${DB}` }],
    },
    {
      code: `services:\n  app:\n    image: app:1\n    depends_on:\n    - db\n${DB}`,
      errors: [{ line: 5, text: 'db', output: null }],
    },
  ],
});
