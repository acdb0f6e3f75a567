import { testRule } from '../../ruleTester';

testRule('compose/no-secrets-in-environment', {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n      MYSQL_ALLOW_EMPTY_PASSWORD: "yes"\n      POSTGRES_HOST_AUTH_METHOD: trust\n',
    'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD\n      - TOKEN_TTL=3600\n      - DATABASE_URL=postgres://db:5432/app\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: s3cret  # change me\n',
      errors: [{ line: 6, text: 's3cret', message: /`POSTGRES_PASSWORD` is set to a literal secret/, output: null }],
    },
    {
      code: 'services:\n  api:\n    image: api:1\n    environment:\n      - API_KEY=abcdef123456\n      - "DATABASE_URL=postgres://app:hunter2@db/app"\n',
      errors: [
        { line: 5, text: 'API_KEY=abcdef123456' },
        { line: 6, text: '"DATABASE_URL=postgres://app:hunter2@db/app"', message: /URL with a literal password/ },
      ],
    },
    {
      code: 'x-env: &env\n  GITHUB_TOKEN: ghp_abcdefabcdef\nservices:\n  a:\n    image: a:1\n    environment: *env\n  b:\n    image: b:1\n    environment: *env\n',
      errors: [{ line: 2, text: 'ghp_abcdefabcdef' }],
    },
  ],
});
