import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKind } from '../../server/src/documents/kind';
import { lintDocument } from '../../server/src/linter';

const DIR = 'test/fixtures/kubernetes';
const EXPECT = /^\s*#\s*expect:\s*(.+?)\s*$/;

/** `# expect: <rule-id>[, <rule-id>]` lines state the findings that start on the next line that is not an expectation. */
function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  let pending: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = EXPECT.exec(line);
    if (match) {
      pending.push(...match[1].split(',').map((id) => id.trim()));
      return;
    }
    expected.push(...pending.map((id) => `${index + 1} ${id}`));
    pending = [];
  });
  return expected.sort();
}

describe('kubernetes fixtures (inline expectations)', () => {
  const names = readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file));
  it('has fixtures, one of them with CRLF line endings', () => {
    assert.ok(names.length >= 4);
    assert.ok(names.some((name) => readFileSync(join(DIR, name), 'utf8').includes('\r\n')));
  });
  for (const name of names) {
    it(name, () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const document = TextDocument.create(`file:///fixtures/${name}`, 'yaml', 1, text);
      assert.equal(documentKind(document.uri, document.languageId, text), 'kubernetes');
      const result = lintDocument(document, 'kubernetes', { maxFileSize: 1 << 20 });
      assert.deepEqual(result.failures, []);
      const actual = result.findings.map((finding) => `${finding.range.start.line + 1} ${finding.rule.id}`).sort();
      assert.deepEqual(actual, expectedFindings(text));
    });
  }
});
