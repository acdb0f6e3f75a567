import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BankJson } from '../../../common/src/bank';
import { contentBank } from './seedFixtures';

const repositoryRoot = join(__dirname, '..', '..', '..');

describe('scripts/buildBank.ts', function () {
  this.timeout(20_000);
  let outDir: string;
  before(() => (outDir = mkdtempSync(join(tmpdir(), 'bank-'))));
  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes the bank as compact JSON to the given file', () => {
    const outFile = join(outDir, 'bank.json');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/buildBank.ts', outFile], { cwd: repositoryRoot, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Question bank: 64 questions from the seeds and \d+ of ours in 11 topics, [\d.]+ KiB -> .*bank\.json \(mojibake repaired in 004_4101e3df04024357\.txt\)\n$/);
    const json = readFileSync(outFile, 'utf8');
    assert.ok(!json.includes('\n'), 'compact: no indentation');
    assert.deepEqual(JSON.parse(json) as BankJson, contentBank());
  });
});
