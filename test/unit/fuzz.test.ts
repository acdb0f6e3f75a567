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
