import { argumentWord, copySources, flagNamed } from '../instructions';
import { parseDockerignore } from '../../../parsing/dockerignore';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

/** What `COPY . .` should not take along; `.env` only where the context is known to hold one. */
const UNWANTED = ['.git', 'node_modules'];
const UNWANTED_IF_PRESENT = ['.env'];

export default defineDockerfileRule({
  id: 'dockerfile/require-dockerignore',
  aliases: ['DL4007'],
  severity: 'warning',
  questions: ['cc-dockerignore', 'q261'],
  subject: ['.dockerignore', 'node_modules'],
  summary: 'Copying the whole build context needs a `.dockerignore` that leaves out `.git` and `node_modules`.',
  docs: {
    why:
      'Without a `.dockerignore`, `COPY . .` sends and copies everything: the `.git` history (with any secret ' +
      'ever committed), host `node_modules` built for another OS, local `.env` files. The context upload gets ' +
      'slow and any change to them invalidates the layer cache.',
    bad: 'COPY . .',
    good: '# .dockerignore\n.git\nnode_modules\n.env',
    differsFromHadolint:
      'silent when the `.dockerignore` leaves out `.git`, `node_modules` and `.env`, or the context holds none of them, ' +
      'and when the build context is unknown; `COPY --from` and the trigger of an ONBUILD copy from elsewhere and are ' +
      'not reported; `ADD . …` is. hadolint reports every `COPY .` and `COPY ./`.',
  },
  *check({ document, dockerfile, workspace }) {
    if (workspace.dockerignore === undefined) return;
    const dockerignore = workspace.dockerignore === null ? undefined : parseDockerignore(workspace.dockerignore);
    const present = workspace.contextEntries ? [...UNWANTED, ...UNWANTED_IF_PRESENT].filter((name) => workspace.contextEntries?.includes(name)) : undefined;
    const included = (present ?? (dockerignore ? [] : UNWANTED)).filter((name) => !dockerignore?.ignores(name));
    if (included.length === 0) return;
    const names = included.map((name) => code(name));
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    for (const instruction of dockerfile.instructions) {
      const keyword = instruction.getKeyword();
      // A trigger copies from the build context of the image built from this one.
      if ((keyword !== 'COPY' && keyword !== 'ADD') || flagNamed(instruction, 'from') || dockerfile.triggers.has(instruction)) continue;
      const whole = copySources(instruction).find((source) => /^\.\/?$/.test(argumentWord(document, source, dockerfile.escapeChar)));
      if (!whole) continue;
      yield {
        range: whole.getRange(),
        message: dockerignore
          ? `${code(`${keyword} ${whole.getValue()}`)} copies ${list} into the image: .dockerignore does not exclude ${included.length > 1 ? 'them' : 'it'}.`
          : `${code(`${keyword} ${whole.getValue()}`)} copies the whole build context, which has no .dockerignore, so ${list} go into the image.`,
      };
    }
  },
});
