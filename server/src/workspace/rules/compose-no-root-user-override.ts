import { scalarString, valueRange } from '../../parsing/yaml';
import { code } from '../../text/markdown';
import { defineWorkspaceRule } from '../model';
import { builtImage, composeServices, lastInstruction } from './documents';

const ROOT = /^(?:root|0)(?::.*)?$/;

export default defineWorkspaceRule({
  id: 'compose/no-root-user-override',
  target: 'compose',
  aliases: [],
  severity: 'warning',
  questions: ['cc-runtime-user'],
  subject: ['user:'],
  summary: 'A service should not set `user: root` when the Dockerfile it builds switches to an unprivileged `USER`.',
  docs: {
    why:
      'Compose\'s `user:` replaces the image\'s `USER`, so `user: root` on a service whose Dockerfile ends with ' +
      '`USER app` silently undoes the image\'s drop of root, usually to get past a permission error on a ' +
      'volume. Give the volume to the image\'s user instead. Reported only when the final stage (or the ' +
      '`build.target` stage) sets a `USER` that is not root and the service\'s `user:` is root (`root`, `0`, ' +
      '`0:0`); variables and numeric unprivileged ids are left alone.',
  },
  *check(workspace) {
    for (const { file, service } of composeServices(workspace)) {
      const pair = service.get('user');
      const written = scalarString(pair?.value);
      if (!pair || written === undefined || written.includes('$') || !ROOT.test(written.trim())) continue;
      const image = builtImage(workspace, file, service);
      const user = image && lastInstruction(image.chain, 'USER');
      const imageUser = user?.getArguments()[0]?.getValue();
      if (!user || !imageUser || imageUser.includes('$') || ROOT.test(imageUser)) continue;
      yield {
        uri: file.uri,
        range: valueRange(file.document, pair),
        message: `Service ${code(service.name)} runs as ${code(written)}, which undoes ${code(`USER ${imageUser}`)} of the Dockerfile it builds: the image drops root and the Compose file gives it back.`,
        related: [{ uri: image.dockerfile.uri, range: user.getRange(), message: 'The unprivileged user the image runs as.' }],
      };
    }
  },
});
