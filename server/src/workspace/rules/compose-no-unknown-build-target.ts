import { code } from '../../text/markdown';
import { stagesOf } from '../../targets/dockerfile/stages';
import { defineWorkspaceRule } from '../model';
import { serviceBuild } from '../composeReferences';
import { composeServices, dockerfileAt } from './documents';

export default defineWorkspaceRule({
  id: 'compose/no-unknown-build-target',
  target: 'compose',
  aliases: [],
  severity: 'error',
  questions: ['cc-cross-file-references'],
  subject: ['build.target'],
  summary: 'A service\'s `build.target` must name a stage of its Dockerfile.',
  docs: {
    why:
      '`build.target` picks the stage of a multi-stage Dockerfile to build; a name no `FROM … AS` defines ' +
      'fails the build (`target stage could not be found`), typically after a stage was renamed.',
  },
  *check(workspace) {
    for (const { file, service } of composeServices(workspace)) {
      const build = serviceBuild(file.document, file.path, service);
      if (!build?.target || !build.dockerfile) continue;
      const dockerfile = dockerfileAt(workspace, build.dockerfile.path);
      if (!dockerfile) continue;
      const stages = stagesOf(dockerfile.dockerfile);
      if (stages.length === 0 || stages.some((stage) => stage.name?.includes('$'))) continue;
      const wanted = build.target.name.toLowerCase();
      if (stages.some((stage) => stage.name === wanted)) continue;
      const named = stages.filter((stage) => stage.name !== undefined);
      const list = named.length > 0 ? `its stages are ${named.map((stage) => code(stage.name!)).join(', ')}` : 'it names no stage';
      yield {
        uri: file.uri,
        range: build.target.range,
        message: `Service ${code(service.name)} builds stage ${code(build.target.name)}, which its Dockerfile does not define: ${list}.`,
        related: [{ uri: dockerfile.uri, range: (named[0] ?? stages[0]!).from.getRange(), message: 'The Dockerfile the service builds.' }],
      };
    }
  },
});
