import { byKeyword, copySources, flagNamed } from '../instructions';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const SECRET_FILE = /(^|\/)(\.env(\.[\w-]+)?|\.npmrc|\.pypirc|\.netrc|\.git-credentials|\.dockercfg|id_(rsa|dsa|ecdsa|ed25519)|[\w.-]+\.(pem|key|p12|pfx)|credentials(\.json)?|\.aws|\.ssh|secrets?\.(json|ya?ml|env))\/?$/;
/** Names that look like secrets but are templates or public material. */
const HARMLESS = /\.(example|sample|template|dist|defaults?)$|(^|\/)\.env\.(example|sample|template|dist)$|\.pub$|(^|\/)(ca|cacert|ca-bundle|ca-certificates|fullchain|chain|cert|certificate)[\w.-]*\.pem$/i;

export default defineDockerfileRule({
  id: 'dockerfile/no-copy-secret-file',
  aliases: [],
  severity: 'warning',
  questions: ['cc-build-secrets'],
  subject: ['.npmrc', 'id_rsa', 'credential file', '.env'],
  summary: 'Credential files (`.env`, `.npmrc`, SSH and TLS keys) should not be copied into an image.',
  docs: {
    why:
      'A file copied into a layer stays in the image even if a later step deletes it: anyone who pulls the image ' +
      'can read it. Mount it for the one step that needs it with `RUN --mount=type=secret` (or `type=ssh`), and ' +
      'give the running container its secrets at run time.',
    bad: 'COPY .npmrc ./\nRUN npm ci && rm .npmrc',
    good: 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'COPY', 'ADD')) {
      if (flagNamed(instruction, 'from')) continue;
      for (const source of copySources(instruction)) {
        const path = source.getValue();
        if (!SECRET_FILE.test(path) || HARMLESS.test(path) || /^[a-z]+:\/\//i.test(path)) continue;
        yield {
          range: source.getRange(),
          message: `${code(path)} looks like a credential file and would stay readable in the image layer; use \`RUN --mount=type=secret\` instead.`,
        };
      }
    }
  },
});
