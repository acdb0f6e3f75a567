import { testRule } from '../../ruleTester';
import { crlf } from './manifests';

const configMap = (data: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n${data}`;

testRule('kubernetes/no-secret-in-configmap', {
  valid: [
    configMap('  DB_HOST: db\n  LOG_LEVEL: info\n'),
    // Empty values, placeholders, references, paths and settings about a credential are not one.
    configMap('  DB_PASSWORD: ""\n  API_TOKEN: ${API_TOKEN}\n  SECRET_KEY: "{{ .Values.key }}"\n  PASSWORD_FILE: /run/secrets/db\n'),
    configMap('  password_min_length: "12"\n  tokenTtl: 1h\n  passwordPolicy: strong\n  AUTH_ENABLED: "true"\n  api_key: <your key>\n'),
    // An embedded configuration file is not searched.
    configMap('  app.properties: |\n    db.user=app\n    db.password=hunter2\n'),
    // A Secret is where it belongs.
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  DB_PASSWORD: hunter2\n',
  ],
  invalid: [
    {
      code: configMap('  DB_HOST: db\n  DB_PASSWORD: hunter2\n'),
      errors: [{ line: 7, text: 'hunter2', message: /^ConfigMap `api` holds `DB_PASSWORD` as plain configuration/, output: null }],
    },
    {
      code: crlf(configMap('  auth.token: "s3cr3t-t0ken"\n  clientSecret: abc123\n')),
      errors: [
        { line: 6, text: '"s3cr3t-t0ken"' },
        { line: 7, text: 'abc123' },
      ],
    },
  ],
});
