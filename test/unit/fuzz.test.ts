import fc from 'fast-check';
import { checkCase, corpusFiles, hostileFiles, mutatedCorpus } from '../fuzz/properties';

describe('fuzzing (a short run; `npm run fuzz` runs the long one)', function () {
  this.timeout(300_000);

  it('never throws, never fails a rule, and every fix keeps mutated corpus files parsing', () => {
    fc.assert(fc.property(mutatedCorpus(corpusFiles()), checkCase), { numRuns: 120 });
  });

  it('survives hostile files: bombs, deep nesting, long heredocs, huge lines, lone CRs, BOMs, invalid UTF-8', () => {
    fc.assert(fc.property(hostileFiles(200), checkCase), { numRuns: 100 });
  });
});

describe('instructions that hold only flags', () => {
  const KEYWORDS = ['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL', 'MAINTAINER'];
  const FLAGS = ['--x', '--from=build', '--fro/usr/bin/app', '--chown=1000 --chmod=755', '--', '--mount=type=cache,target=/root/.npm'];

  it('fail no rule, for every keyword, alone and inside ONBUILD', () => {
    for (const keyword of KEYWORDS) {
      for (const flags of FLAGS) {
        checkCase({ target: 'dockerfile', text: `FROM alpine:3.23 AS build\n${keyword} ${flags}\nONBUILD ${keyword} ${flags}\n` });
      }
    }
  });
});
