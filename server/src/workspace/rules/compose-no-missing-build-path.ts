import { code } from '../../text/markdown';
import { defineWorkspaceRule } from '../model';
import { serviceBuild } from '../composeReferences';
import { composeServices } from './documents';

export default defineWorkspaceRule({
  id: 'compose/no-missing-build-path',
  target: 'compose',
  aliases: [],
  severity: 'error',
  questions: ['cc-cross-file-references'],
  subject: ['build.context', 'build.dockerfile'],
  summary: 'A service\'s `build.context` and `build.dockerfile` must exist.',
  docs: {
    why:
      '`docker compose build` fails when the build context folder or its Dockerfile is missing; a moved or ' +
      'renamed Dockerfile is only noticed when someone builds that service.',
  },
  *check(workspace) {
    for (const { file, service } of composeServices(workspace)) {
      const build = serviceBuild(file.document, file.path, service);
      if (!build) continue;
      const context = build.context && workspace.exists(build.context.path);
      if (build.context && context === false) {
        yield { uri: file.uri, range: build.context.range, message: `The build context ${code(build.context.written)} of service ${code(service.name)} does not exist.` };
        continue;
      }
      if (build.dockerfile && workspace.exists(build.dockerfile.path) === false) {
        yield {
          uri: file.uri,
          range: build.dockerfile.range,
          message: `The Dockerfile ${code(build.dockerfile.written)} of service ${code(service.name)} does not exist in its build context.`,
        };
      }
    }
  },
});
