// Fixture files state their findings inline: `# expect: <rule-id>[, <rule-id>]` on the lines before the
// line where the findings start. The set of findings must equal the set declared: a missing or an extra
// finding fails.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DocumentKind } from '../../server/src/targets/kind';
import { type LintOptions } from '../../server/src/engine/lint';
import { documentKind, targetsByName } from '../../server/src/targets/index';

const EXPECT = /^\s*#\s*expect:\s*(.+?)\s*$/;

export function expectedFindings(text: string): string[] {
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

interface FixtureSet {
  kind: DocumentKind;
  dir: string;
  pattern: RegExp;
  languageId: string;
  options?: Partial<LintOptions>;
}

const SETS: FixtureSet[] = [
  // The Dockerfile fixtures stand for a project that has a `.dockerignore`.
  { kind: 'dockerfile', dir: 'test/fixtures/dockerfile', pattern: /\.Dockerfile$/, languageId: 'dockerfile', options: { workspace: { dockerignore: '.git\nnode_modules\n' } } },
  { kind: 'compose', dir: 'test/fixtures/compose', pattern: /\.ya?ml$/, languageId: 'yaml' },
  { kind: 'kubernetes', dir: 'test/fixtures/kubernetes', pattern: /\.ya?ml$/, languageId: 'yaml' },
];

for (const { kind, dir, pattern, languageId, options } of SETS) {
  describe(`${kind} fixtures (inline expectations)`, () => {
    const names = readdirSync(dir).filter((file) => pattern.test(file));
    it('has fixtures, one of them with CRLF line endings', () => {
      assert.ok(names.length >= 3);
      assert.ok(names.some((name) => readFileSync(join(dir, name), 'utf8').includes('\r\n')));
    });
    for (const name of names) {
      it(name, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        const document = TextDocument.create(`file:///fixtures/${name}`, languageId, 1, text);
        assert.equal(documentKind(document.uri, document.languageId, text), kind);
        const { result } = targetsByName[kind].analyse(document, { maxFileSize: 1 << 20, ...options });
        assert.deepEqual(result.failures, []);
        const actual = result.findings.map((finding) => `${finding.range.start.line + 1} ${finding.rule.id}`).sort();
        assert.deepEqual(actual, expectedFindings(text));
      });
    }
  });
}
