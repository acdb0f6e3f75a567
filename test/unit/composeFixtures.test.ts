import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKind } from '../../server/src/documents/kind';
import { lintDocument } from '../../server/src/linter';

const DIR = 'test/fixtures/compose';
const EXPECT = /^\s*#\s*expect:\s*(.+?)\s*$/;

/** `# expect: <rule-id>[, <rule-id>]` lines state the findings that start on the next line that is not an expectation. */
export function expectedFindings(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const expected: string[] = [];
  let pending: string[] = [];
  lines.forEach((line, index) => {
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

describe('compose fixtures (inline expectations)', () => {
  for (const name of readdirSync(DIR).filter((file) => /\.ya?ml$/.test(file))) {
    it(name, () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const document = TextDocument.create(`file:///fixtures/${name}`, 'yaml', 1, text);
      assert.equal(documentKind(document.uri, document.languageId, text), 'compose');
      const result = lintDocument(document, 'compose', { maxFileSize: 1 << 20 });
      assert.deepEqual(result.failures, []);
      const actual = result.findings.map((finding) => `${finding.range.start.line + 1} ${finding.rule.id}`).sort();
      assert.deepEqual(actual, expectedFindings(text));
    });
  }
});
