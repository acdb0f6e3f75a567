import { testRule } from '../../ruleTester';

testRule('compose/require-healthcheck', {
  valid: [
    'services:\n  api:\n    image: example/api:1.4\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/health"]\n',
    'services:\n  api:\n    image: example/api:1.4\n    healthcheck:\n      disable: true\n',
    'x-health: &health\n  healthcheck:\n    test: ["CMD", "true"]\nservices:\n  api:\n    <<: *health\n    image: example/api:1.4\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: example/api:1.4\n',
      errors: [
        {
          line: 2,
          text: 'api',
          output:
            'services:\n  api:\n    image: example/api:1.4\n    healthcheck:\n      test: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]\n      interval: 30s\n      timeout: 10s\n      retries: 3\n      start_period: 40s\n',
        },
      ],
    },
    {
      code: 'services:\n  db:\n    image: postgres:16.4\n  cache:\n    image: redis:7.4\n',
      errors: [
        {
          line: 2,
          text: 'db',
          output:
            'services:\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]\n      interval: 30s\n      timeout: 10s\n      retries: 3\n      start_period: 40s\n  cache:\n    image: redis:7.4\n',
        },
        {
          line: 4,
          text: 'cache',
          output:
            'services:\n  db:\n    image: postgres:16.4\n  cache:\n    image: redis:7.4\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n      interval: 30s\n      timeout: 10s\n      retries: 3\n      start_period: 40s\n',
        },
      ],
    },
    {
      code: 'services:\r\n    api:\r\n        image: example/api:1.4\r\n        environment:\r\n            A: b\r\n',
      errors: [
        {
          line: 2,
          text: 'api',
          output:
            'services:\r\n    api:\r\n        image: example/api:1.4\r\n        environment:\r\n            A: b\r\n        healthcheck:\r\n            test: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]\r\n            interval: 30s\r\n            timeout: 10s\r\n            retries: 3\r\n            start_period: 40s\r\n',
        },
      ],
    },
  ],
});
