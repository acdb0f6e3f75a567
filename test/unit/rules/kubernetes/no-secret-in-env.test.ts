import { testRule } from '../../ruleTester';
import { crlf, pod } from './manifests';

const env = (text: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n      env:\n${text}`);

testRule('kubernetes/no-secret-in-env', {
  valid: [
    env('        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef: {name: db, key: password}\n'),
    env('        - name: DB_PASSWORD_FILE\n          value: /run/secrets/db\n'),
    env('        - name: REQUIRE_TOKEN\n          value: "false"\n'),
    env('        - name: API_TOKEN\n          value: $(TOKEN_FROM_SECRET)\n'),
    env('        - name: LOG_LEVEL\n          value: debug\n'),
    env('        - name: SECRET_NAME\n          value: db-credentials\n'),
  ],
  invalid: [
    {
      code: env('        - name: DB_PASSWORD\n          value: hunter2\n        - name: STRIPE_API_KEY\n          value: "sk_live_abc"\n'),
      errors: [
        { line: 11, text: 'hunter2', message: /sets `DB_PASSWORD` to a literal value; keep it in a Secret and use `valueFrom.secretKeyRef`/, output: null },
        { line: 13, text: '"sk_live_abc"' },
      ],
    },
    { code: crlf(env('        - {name: GITHUB_TOKEN, value: ghp_x}\n')), errors: [{ line: 10, text: 'ghp_x' }] },
  ],
});
