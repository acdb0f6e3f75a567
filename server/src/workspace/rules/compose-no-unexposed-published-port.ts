import { keywordIs } from '../../targets/dockerfile/instructions';
import { servicePorts } from '../../targets/compose/model';
import { nodeRange } from '../../parsing/yaml';
import { code } from '../../text/markdown';
import { defineWorkspaceRule } from '../model';
import { builtImage, composeServices } from './documents';

export default defineWorkspaceRule({
  id: 'compose/no-unexposed-published-port',
  target: 'compose',
  aliases: [],
  severity: 'info',
  questions: ['cc-cross-file-references'],
  subject: ['EXPOSE', 'ports'],
  summary: 'A published container port should be one the Dockerfile of the built image `EXPOSE`s.',
  docs: {
    why:
      '`EXPOSE` documents the ports the image listens on; when a service publishes a container port its ' +
      'Dockerfile does not expose, usually one of the two changed (or the app listens elsewhere) and the ' +
      'published port answers nothing. Reported only when the Dockerfile exposes ports and none of them is this one.',
  },
  *check(workspace) {
    for (const { file, service } of composeServices(workspace)) {
      const ports = servicePorts(service);
      const image = ports.length > 0 ? builtImage(workspace, file, service) : undefined;
      if (!image) continue;
      const exposes = image.chain.flatMap((stage) => stage.instructions.filter((instruction) => keywordIs(instruction, 'EXPOSE')));
      const words = exposes.flatMap((instruction) => instruction.getArguments().map((argument) => argument.getValue()));
      if (words.length === 0 || words.some((word) => !/^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/i.test(word))) continue;
      const exposed = words.map((word) => word.replace(/\/.*$/, '').split('-').map(Number));
      for (const port of ports) {
        const range = nodeRange(file.document, port.node);
        const bounds = /^(\d+)(?:-(\d+))?$/.exec(port.target);
        if (!range || !bounds) continue;
        const [low, high] = [Number(bounds[1]), Number(bounds[2] ?? bounds[1])];
        if (exposed.some(([from, to = from]) => low >= from! && high <= to!)) continue;
        yield {
          uri: file.uri,
          range,
          message: `Service ${code(service.name)} publishes container port ${code(port.target)}, which its Dockerfile does not expose (it exposes ${words.map((word) => code(word)).join(', ')}).`,
          related: exposes.map((instruction) => ({ uri: image.dockerfile.uri, range: instruction.getRange(), message: 'The ports the image exposes.' })),
        };
      }
    }
  },
});
