import type { Property } from 'dockerfile-ast';
import { byKeyword } from '../instructions';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const SECRET = /(?:^|_)(?:apikey|auth|credentials?|key|password|pass|pword|passwd|secret|token)(?:_|$)/i;
/** Names that say "key" or "secret" but hold no secret: public keys, key ids of package signers, paths to a secret file. */
const NOT_SECRET = /(?:^|_)(?:public|pub|gpg|pgp|file|path|dir|url|uri|name|size|length|type|server|host|port|user|username|enabled?|version|ver|release|method|mode|provider|plugin|domain|realm|endpoint|algorithm|header)(?:_|$)|^(?:gpg|pgp)_?keys?$/i;

export default defineDockerfileRule({
  id: 'dockerfile/no-secrets-in-arg-or-env',
  aliases: ['SecretsUsedInArgOrEnv', 'DL3064'],
  severity: 'warning',
  questions: ['cc-build-secrets'],
  subject: ['--mount=type=secret', 'SecretsUsedInArgOrEnv', 'build-arg'],
  summary: 'Secrets should reach a build through `RUN --mount=type=secret`, not ARG or ENV.',
  docs: {
    why:
      'ARG and ENV values are stored in the image config and history (`docker history` shows them) and ENV ' +
      'values stay in every container. A secret mount exposes a secret to one `RUN` and leaves nothing behind. ' +
      'Differs from hadolint (DL3064): names are matched as BuildKit matches them, by whole `_`-separated words, so ' +
      '`ARG USERNAME` or `ENV PRIVATE_REGISTRY` are not reported.',
    bad: 'ARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc && npm ci',
    good: 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'ARG', 'ENV')) {
      const keyword = instruction.getKeyword();
      for (const property of (instruction as unknown as { getProperties(): Property[] }).getProperties()) {
        const name = property.getName();
        if (!SECRET.test(name) || NOT_SECRET.test(name)) continue;
        yield {
          range: property.getNameRange(),
          message: `${code(name)} looks like a secret; ${keyword} values stay in the image history, so pass it with \`RUN --mount=type=secret\`.`,
        };
      }
    }
  },
});
