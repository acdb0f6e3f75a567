import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LintOptions } from '../../server/src/engine/lint';
import type { ParsedYaml } from '../../server/src/parsing/yaml';
import { targetsByName } from '../../server/src/targets/index';
import { corpusFolder, filesUnder } from './corpus';

const OPTIONS: LintOptions = { maxFileSize: 1 << 20, today: () => new Date('2026-12-01T00:00:00Z') };
const MARKER = /^---(?:[ \t]|$)/m;

/** Every finding as one line: rule, severity, range, message, related locations and fix edits. */
function findings(analysis: Analysis): string[] {
  const { findings: list, failures } = analysis.result;
  assert.deepEqual(failures, []);
  return list.map((f) => JSON.stringify([f.rule.id, f.severity, f.range, f.message, f.related ?? null, (f.fixes ?? []).map((x) => [x.title, x.safety, x.edits])]));
}

/** Offsets of the lines that start with a `---` marker, after the first character. */
function markers(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 1)) if (MARKER.test(text.slice(at + 1, at + 5))) found.push(at + 1);
  return found;
}

/** Scripted edits of a stream of at least two documents: values changed, a document added, a `---` dropped, a line broken. */
function edits(text: string): { name: string; text: string }[] {
  const cuts = markers(text);
  const middle = cuts[Math.floor(cuts.length / 2)];
  const lineEnd = (at: number) => (text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
  const lastColon = text.lastIndexOf(': ');
  const firstColon = text.indexOf(': ');
  const added = '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: added-by-edit\ndata:\n  key: value\n';
  return [
    { name: 'a comment line inside the middle document', text: text.slice(0, lineEnd(middle) + 1) + '# edited\n' + text.slice(lineEnd(middle) + 1) },
    { name: 'a value of the first document changed', text: firstColon >= 0 && firstColon < cuts[0] ? text.slice(0, firstColon + 2) + 'edited-' + text.slice(firstColon + 2) : '# edited\n' + text },
    { name: 'a value of the last document changed', text: lastColon > cuts[cuts.length - 1] ? text.slice(0, lastColon + 2) + 'edited-' + text.slice(lastColon + 2) : text + '\n# edited\n' },
    { name: 'a document inserted before the middle one', text: text.slice(0, middle) + added + text.slice(middle) },
    { name: 'the middle `---` removed', text: text.slice(0, middle) + text.slice(lineEnd(middle) + 1) },
    { name: 'the middle document broken', text: text.slice(0, lineEnd(middle) + 1) + '  : [unclosed\n' + text.slice(lineEnd(middle) + 1) },
    { name: 'the last document deleted', text: text.slice(0, cuts[cuts.length - 1]) },
  ];
}

describe('an edit of a YAML stream: the analysis given the previous one equals a fresh analysis', function () {
  this.timeout(300_000);

  // The Compose corpus holds no stream of two or more documents.
  for (const kind of ['kubernetes'] as const) {
    it(`${kind}: every corpus stream of two or more documents, seven edits each, LF and CRLF`, () => {
      const target = targetsByName[kind];
      const languageId = 'yaml';
      const streams = filesUnder(corpusFolder(kind))
        .filter((path) => /\.ya?ml$/.test(path))
        .map((path) => readFileSync(path, 'utf8'))
        .filter((text) => markers(text).length >= 1);
      let reusedDocuments = 0;
      let compared = 0;
      for (const [index, original] of streams.entries()) {
        for (const lineEnding of ['\n', '\r\n']) {
          const text = original.replace(/\r?\n/g, lineEnding);
          const uri = `file:///corpus/${index}.yaml`;
          for (const edit of edits(text.replace(/\r\n/g, '\n'))) {
            const edited = edit.text.replace(/\r?\n/g, lineEnding);
            const before = target.analyse(TextDocument.create(uri, languageId, 1, text), OPTIONS);
            findings(before);
            const after = TextDocument.create(uri, languageId, 2, edited);
            const incremental = target.analyse(after, OPTIONS, before);
            const fresh = target.analyse(TextDocument.create(uri, languageId, 2, edited), OPTIONS);
            assert.deepEqual(findings(incremental), findings(fresh), `${join(kind, String(index))}: ${edit.name} (${JSON.stringify(lineEnding)})`);
            const previousDocs = new Set((before.parsed() as { yaml: ParsedYaml }).yaml.documents.map(({ doc }) => doc));
            reusedDocuments += (incremental.parsed() as { yaml: ParsedYaml }).yaml.documents.filter(({ doc }) => previousDocs.has(doc)).length;
            compared++;
          }
        }
      }
      assert.ok(streams.length >= 20, `${streams.length} streams of two or more documents`);
      // The incremental path ran: documents before an edit are the previous parse's own.
      assert.ok(reusedDocuments > compared, `${reusedDocuments} documents reused in ${compared} edits`);
    });
  }
});
