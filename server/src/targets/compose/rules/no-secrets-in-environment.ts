import { serviceEnvironment } from '../model';
import { nodeRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

const SECRET_NAME = /(?:^|_)(?:PASSWORD|PASSWD|PASS|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?|CLIENT_SECRET)(?:_|$)/i;
const NOT_A_SECRET_NAME = /_(?:FILE|PATH|DIR|URL_FILE|LENGTH|EXPIRY|EXPIRES|TTL|TIMEOUT|HEADER|NAME|ALGORITHM|TYPE|METHOD)$/i;
const HARMLESS_VALUE = /^(?:true|false|yes|no|on|off|none|null|\d{1,5}|\s*)$/i;
const CREDENTIALS_IN_URL = /^[a-z][\w+.-]*:\/\/[^\s:/@]+:[^\s@]+@/i;

export default defineComposeRule({
  id: 'compose/no-secrets-in-environment',
  aliases: ['env-var-secret'],
  severity: 'warning',
  questions: ['q252', 'q298', 'q280'],
  subject: ['secrets:', 'PASSWORD', 'secret'],
  summary: 'Keep passwords, tokens and keys out of `environment`; use Compose `secrets:` or variables from an untracked `.env`.',
  docs: {
    why:
      'A literal in the compose file is committed to git, printed by `docker compose config` and ' +
      '`docker inspect`, and readable by every process in the container and anyone with access to the ' +
      'Docker API. Compose `secrets:` mount the value as a file under `/run/secrets/` instead (most official ' +
      'images read `*_FILE` variables); at least interpolate it (`${DB_PASSWORD}`) from an untracked `.env`. ' +
      'In Kubernetes it is `valueFrom.secretKeyRef`.',
    bad: 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD: s3cret',
    good: 'services:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./db_password.txt',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      for (const variable of serviceEnvironment(service)) {
        const { name, value } = variable;
        if (value === undefined || value.includes('$') || HARMLESS_VALUE.test(value) || value.startsWith('/run/secrets/')) continue;
        const named = SECRET_NAME.test(name) && !NOT_A_SECRET_NAME.test(name);
        const inUrl = CREDENTIALS_IN_URL.test(value);
        if (!named && !inUrl) continue;
        const range = nodeRange(document, variable.node);
        if (!range) continue;
        yield {
          range,
          message: inUrl
            ? `${code(name)} holds a URL with a literal password, visible to anyone who reads the file or inspects the container; use a secret.`
            : `${code(name)} is set to a literal secret, visible to anyone who reads the file or inspects the container; use Compose ${code('secrets:')} or interpolate it from an untracked .env.`,
        };
      }
    }
  },
});
