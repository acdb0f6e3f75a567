import { defineDockerfileRule } from '../../../engine/rule';
import { byKeyword } from '../instructions';

export default defineDockerfileRule({
  id: 'dockerfile/no-invalid-expose-port',
  aliases: ['DL3011', 'DS008'],
  severity: 'error',
  questions: ['cc-dockerfile-syntax'],
  subject: ['EXPOSE'],
  summary: 'EXPOSE ports must be between 0 and 65535.',
  docs: {
    why: 'A TCP or UDP port is a 16-bit number: a larger one is a typo, and the build or the container start fails on it.',
    bad: 'EXPOSE 80800',
    good: 'EXPOSE 8080',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'EXPOSE')) {
      for (const argument of instruction.getArguments()) {
        const value = argument.getValue();
        const ports = /^(\d+)(?:-(\d+))?(\/\w+)?$/.exec(value);
        if (!ports || [ports[1], ports[2]].every((port) => port === undefined || Number(port) <= 65535)) continue;
        yield { range: argument.getRange(), message: `\`${value}\` is not a valid port: ports go from 0 to 65535.` };
      }
    }
  },
});
