import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DockerfileParser } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { lintDocument } from '../../server/src/engine/lint';
import { corpusFolder, filesUnder } from './corpus';
import { dockerfile } from '../../server/src/targets/dockerfile/index';

const CORPUS = corpusFolder('dockerfile');

/** Lines of `before` outside [firstLine, lastLine] must appear unchanged, in order, in `after`. */
function untouchedOutside(before: string, after: string, firstLine: number, lastLine: number): boolean {
  const a = before.split('\n');
  const b = after.split('\n');
  const head = a.slice(0, firstLine);
  const tail = a.slice(lastLine + 1);
  return head.every((line, index) => b[index] === line) && tail.every((line, index) => b[b.length - tail.length + index] === line);
}

describe('the Dockerfile corpus', function () {
  this.timeout(300_000);
  const files = filesUnder(CORPUS).filter((path) => !path.endsWith('.md'));

  it('lints every file without a failing rule', () => {
    for (const path of files) {
      const document = TextDocument.create(`file://${path}`, 'dockerfile', 1, readFileSync(path, 'utf8'));
      assert.deepEqual(lintDocument(document, dockerfile, { maxFileSize: 1 << 30 }).failures, [], path);
    }
  });

  it('applies every fix of every finding: the file still parses, the finding is gone, other lines are untouched', () => {
    let applied = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const document = TextDocument.create(`file://${path}`, 'dockerfile', 1, text);
      const before = DockerfileParser.parse(text).getInstructions().length;
      for (const finding of lintDocument(document, dockerfile, { maxFileSize: 1 << 30 }).findings) {
        for (const fix of finding.fixes ?? []) {
          const where = `${path}:${finding.range.start.line + 1} ${finding.rule.id} (${fix.title})`;
          const fixed = TextDocument.applyEdits(document, fix.edits);
          assert.notEqual(fixed, text, `${where}: the fix changes nothing`);
          const after = DockerfileParser.parse(fixed).getInstructions().length;
          assert.ok(Math.abs(after - before) <= 1, `${where}: ${before} instructions became ${after}`);
          const first = Math.min(...fix.edits.map((edit) => edit.range.start.line));
          const last = Math.max(...fix.edits.map((edit) => edit.range.end.line));
          assert.ok(untouchedOutside(text, fixed, first, last), `${where}: lines outside the fix changed`);
          const fixedDocument = TextDocument.create(document.uri, 'dockerfile', 2, fixed);
          // Findings of one rule in one instruction all start at its keyword: their ends tell them apart.
          const start = shifted(document, fixedDocument, finding.range.start, fix.edits);
          const end = shifted(document, fixedDocument, finding.range.end, fix.edits);
          const again = lintDocument(fixedDocument, dockerfile, { maxFileSize: 1 << 30 });
          const same = again.findings.filter((other) => other.rule.id === finding.rule.id && samePosition(other.range.start, start) && samePosition(other.range.end, end));
          assert.deepEqual(same.map((other) => other.message), [], `${where}: the finding is still there`);
          applied++;
        }
      }
    }
    assert.ok(applied > 0, 'no fix was applied: the corpus check proves nothing');
  });
});

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** Where the finding's start (or end) lands once the fix's edits that come before it are applied. */
function shifted(document: TextDocument, fixed: TextDocument, position: Position, edits: TextEdit[]): Position {
  const offset = document.offsetAt(position);
  const delta = edits
    .filter((edit) => document.offsetAt(edit.range.end) <= offset && document.offsetAt(edit.range.start) < offset)
    .reduce((sum, edit) => sum + edit.newText.length - (document.offsetAt(edit.range.end) - document.offsetAt(edit.range.start)), 0);
  return fixed.positionAt(offset + delta);
}
