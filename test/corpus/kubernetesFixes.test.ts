import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseAllDocuments } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentKind } from '../../server/src/targets/index';
import { nodePathAt, parseYaml } from '../../server/src/parsing/yaml';
import { lintDocument } from '../../server/src/engine/lint';
import { corpusFolder } from './corpus';
import { kubernetes } from '../../server/src/targets/kubernetes/index';

const CORPUS = corpusFolder('kubernetes');
const files = globSync([`${CORPUS}/**/*.{yml,yaml}`, 'test/fixtures/kubernetes/*.yaml']).sort();
const CONTAINER_GROUPS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const POD_SPEC_PREFIXES = [['spec', 'jobTemplate', 'spec', 'template', 'spec'], ['spec', 'template', 'spec'], ['template', 'spec'], ['spec']];

/** Paths (keys and indexes) where two plain values differ. */
function differences(before: unknown, after: unknown, path: (string | number)[] = []): string[] {
  if (Object.is(before, after)) return [];
  const isObject = (value: unknown) => typeof value === 'object' && value !== null;
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after)) return [path.join('.')];
  const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  return [...keys].flatMap((key) => differences((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], [...path, key]));
}

function plain(text: string): { errors: number; documents: unknown[] } {
  const documents = parseAllDocuments(text);
  return { errors: documents.reduce((sum, each) => sum + each.errors.length, 0), documents: documents.map((each) => each.toJS({ maxAliasCount: -1 })) };
}

/**
 * What a fix for a finding at `path` may change: the container it is about, else the pod spec, else
 * the top-level key of the object (`metadata`, `spec`), inside a `List` item when there is one.
 */
function scopeOf(path: (string | number)[]): string {
  const list = path[0] === 'items' && typeof path[1] === 'number' ? path.slice(0, 2) : [];
  const rest = path.slice(list.length);
  const group = rest.findIndex((key) => typeof key === 'string' && CONTAINER_GROUPS.has(key));
  if (group >= 0 && typeof rest[group + 1] === 'number') return [...list, ...rest.slice(0, group + 2)].join('.');
  const podSpec = POD_SPEC_PREFIXES.find((prefix) => prefix.every((key, index) => rest[index] === key));
  return [...list, ...(podSpec ?? rest.slice(0, 1))].join('.');
}

describe('kubernetes corpus and fixtures', function () {
  this.timeout(300_000);

  for (const lineEnding of ['\n', '\r\n']) {
    it(`lints every file without a failure and every fix changes only what it fixes (${JSON.stringify(lineEnding)})`, () => {
      let fixesChecked = 0;
      for (const file of files) {
        const text = readFileSync(file, 'utf8').replace(/\r?\n/g, lineEnding);
        const document = TextDocument.create(`file:///corpus/${basename(file)}`, 'yaml', 1, text);
        if (documentKind(document.uri, document.languageId, text) !== 'kubernetes') continue;
        const result = lintDocument(document, kubernetes, { maxFileSize: 1 << 30 });
        assert.deepEqual(result.failures, [], file);
        const before = plain(text);
        const { valid } = parseYaml(document);
        for (const finding of result.findings) {
          for (const fix of finding.fixes ?? []) {
            const fixed = TextDocument.applyEdits(document, fix.edits);
            const after = plain(fixed);
            const where = `${basename(file)}:${finding.range.start.line + 1} ${finding.rule.id} "${fix.title}"`;
            assert.equal(after.errors, before.errors, `${where} leaves a YAML error:\n${fixed}`);
            assert.equal(after.documents.length, before.documents.length, `${where} changes the number of documents`);
            if (lineEnding === '\r\n') assert.doesNotMatch(fixed, /[^\r]\n/, `${where} writes a bare line feed`);
            const changed = before.documents.flatMap((each, index) => differences(each, after.documents[index]).map((path) => `${index}:${path}`));
            assert.notDeepEqual(changed, [], `${where} changes nothing`);
            const offset = document.offsetAt(finding.range.start);
            const located = valid.map((each) => ({ index: each.index, path: nodePathAt(each.doc, offset) })).find((each) => each.path);
            assert.ok(located?.path, `${where}: no node at the finding`);
            const scope = `${located.index}:${scopeOf(located.path)}`;
            for (const path of changed) assert.ok(path === scope || path.startsWith(`${scope}.`), `${where} changes ${path}, outside ${scope}`);
            // Every line the edits do not touch is still there, word for word (comments, quoting, indentation).
            const fixedLines = new Set(fixed.split(/\r?\n/));
            text.split(/\r?\n/).forEach((line, number) => {
              const touched = fix.edits.some((edit) => number >= edit.range.start.line && number <= edit.range.end.line);
              if (!touched) assert.ok(fixedLines.has(line), `${where} loses the line ${JSON.stringify(line)}`);
            });
            const fixedDocument = TextDocument.create(document.uri, document.languageId, 2, fixed);
            const remaining = lintDocument(fixedDocument, kubernetes, { maxFileSize: 1 << 30 }).findings.filter((each) => each.rule === finding.rule);
            const found = result.findings.filter((each) => each.rule === finding.rule);
            assert.ok(remaining.length < found.length, `${where} does not resolve the finding`);
            fixesChecked++;
          }
        }
      }
      assert.ok(fixesChecked > 300, `only ${fixesChecked} fixes checked`);
    });
  }
});
