import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { completeEverywhere } from '../unit/completeEverywhere';
import { corpusFolder, filesUnder } from './corpus';

describe('computeCompletion over the corpus', () => {
  it('answers at the start, middle and end of every line of the corpus without throwing', function () {
    this.timeout(120_000);
    for (const [folder, languageId] of [['dockerfile', 'dockerfile'], ['compose', 'yaml'], ['kubernetes', 'yaml']] as const) {
      const paths = filesUnder(corpusFolder(folder)).filter((path) => !/README|MANIFEST|LICENSE/i.test(path));
      // Every fifth file keeps the run short on the shared machine; the choice is fixed, not random.
      for (const path of paths.filter((_, index) => index % 5 === 0)) {
        const name = folder === 'dockerfile' ? 'Dockerfile' : folder === 'compose' ? 'compose.yaml' : 'manifest.yaml';
        assert.doesNotThrow(() => completeEverywhere(`file:///corpus/${encodeURIComponent(path)}/${name}`, languageId, readFileSync(path, 'utf8')), path);
      }
    }
  });
});
