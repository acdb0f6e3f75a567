import assert from 'node:assert/strict';
import { completeEverywhere } from './completeEverywhere';

describe('computeCompletion', () => {
  it('answers on hostile text without throwing', () => {
    for (const text of ['\u0000\u0001binary', '\\\n\\\n\\', 'services:\n  - : :\n\t\t- [', '{ "a": [1, 2', 'a: |\n  x\n---\n---\n', 'x'.repeat(50_000), '\r', '\r\r\n\r', 'FROM a\rRUN b\r', 'services:\r  web:\r    \r']) {
      for (const [uri, languageId] of [['file:///w/Dockerfile', 'dockerfile'], ['file:///w/compose.yaml', 'yaml'], ['file:///w/k.yaml', 'yaml'], ['file:///w/.dockerignore', 'ignore']]) {
        assert.doesNotThrow(() => completeEverywhere(uri, languageId, text), `${uri}: ${text.slice(0, 20)}`);
      }
    }
  });

  it('offers no compose or Kubernetes snippet in a plain text file or a JSON file', () => {
    assert.equal(completeEverywhere('file:///w/notes.txt', 'plaintext', 'services:\n  \n'), 0);
    assert.equal(completeEverywhere('file:///w/package.json', 'json', '{\n  \n}\n'), 0);
  });
});
