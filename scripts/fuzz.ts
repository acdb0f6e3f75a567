/**
 * `npm run fuzz [-- CASES] [--seed N]`: the long fuzz run (test/fuzz/properties.ts): CASES cases (default 100,000), nine
 * in ten mutated corpus files and one in ten hostile files. Prints the number of cases run and the first
 * failure, shrunk, with the seed to replay it; exits 1 on a failure. The slowest case of each run is written to
 * test-output/fuzz/slowest-<run>.json (`{ target, text }`), so that it can be linted again on its own.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkCase, corpusFiles, hostileFiles, mutatedCorpus } from '../test/fuzz/properties';

const args = process.argv.slice(2);
const seedFlag = args.indexOf('--seed');
const seed = seedFlag >= 0 ? Number(args[seedFlag + 1]) : Date.now() % 2 ** 31;
const total = Number(args.find((arg, index) => /^\d+$/.test(arg) && args[index - 1] !== '--seed') ?? 100_000);
const hostile = Math.ceil(total / 10);
const output = join(__dirname, '..', 'test-output', 'fuzz');
const runs: [string, fc.Arbitrary<Parameters<typeof checkCase>[0]>, number][] = [
  ['mutated corpus files', mutatedCorpus(corpusFiles()), total - hostile],
  ['hostile files', hostileFiles(400), hostile],
];

let ran = 0;
let failed = false;
const started = performance.now();
for (const [name, arbitrary, numRuns] of runs) {
  const begun = performance.now();
  let slowest = 0;
  let slowestCase: Parameters<typeof checkCase>[0] | undefined;
  const details = fc.check(
    fc.property(arbitrary, (each) => {
      const start = performance.now();
      try {
        checkCase(each);
      } finally {
        const took = performance.now() - start;
        if (took > slowest) [slowest, slowestCase] = [took, each];
      }
    }),
    { numRuns, seed },
  );
  ran += details.numRuns;
  mkdirSync(output, { recursive: true });
  const slowestFile = join(output, `slowest-${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(slowestFile, JSON.stringify(slowestCase ?? null));
  console.log(`${name}: ${details.numRuns} cases, ${details.failed ? 'FAILED' : 'none failed'} (${((performance.now() - begun) / 1000).toFixed(0)} s, slowest case ${slowest.toFixed(0)} ms, in ${slowestFile})`);
  if (details.failed) {
    failed = true;
    console.log(fc.defaultReportMessage(details));
  }
}
console.log(`fuzz: ${ran} cases, seed ${seed}, ${failed ? 'a case FAILED' : 'none failed'}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
