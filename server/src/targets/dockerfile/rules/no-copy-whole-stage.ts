import { argumentWord, byKeyword, copySources, flagNamed } from '../instructions';
import { code } from '../../../text/markdown';
import { stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-copy-whole-stage',
  aliases: ['DL3067'],
  severity: 'warning',
  questions: ['cc-multi-stage-names'],
  subject: ['COPY --from'],
  summary: 'Copy what you need from another stage, not its whole filesystem (`COPY --from=build / /`).',
  docs: {
    why:
      'A multi-stage build keeps compilers, package caches and build secrets out of the final image by ' +
      'copying only the artifacts. `COPY --from=<stage> / /` copies all of it back, package manager state and ' +
      'whatever the build left behind included.',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build / /',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app',
  },
  *check({ document, dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'COPY')) {
      const from = flagNamed(instruction, 'from');
      if (!from) continue;
      const word = (argument: Parameters<typeof argumentWord>[1]) => argumentWord(document, argument, dockerfile.escapeChar);
      const root = copySources(instruction).find((source) => word(source) === '/');
      if (!root || word(instruction.getArguments().at(-1)!) !== '/') continue;
      const value = from.getValue() ?? '';
      const stage = /^\d+$/.test(value) || stagesOf(dockerfile).some((each) => each.name === value.toLowerCase());
      yield { range: root.getRange(), message: `${code(`COPY --from=${value} / /`)} copies the whole filesystem of that ${stage ? 'stage' : 'image'}: copy only the files the image needs.` };
    }
  },
});
