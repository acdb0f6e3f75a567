import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseAllDocuments } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodePathAt, parseYaml } from '../../server/src/parsing/yaml';
import { lintDocument } from '../../server/src/engine/lint';
import { corpusFolder } from './corpus';
import { compose } from '../../server/src/targets/compose/index';

const CORPUS = corpusFolder('compose');
const files = globSync([`${CORPUS}/**/*.{yml,yaml}`, 'test/fixtures/compose/*.yaml']).sort();

/** Paths (keys and indexes) where two plain values differ. */
function differences(before: unknown, after: unknown, path: (string | number)[] = []): string[] {
  if (Object.is(before, after)) return [];
  const isObject = (value: unknown) => typeof value === 'object' && value !== null;
  if (!isObject(before) || !isObject(after) || Array.isArray(before) !== Array.isArray(after)) return [path.join('.')];
  const keys = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  return [...keys].flatMap((key) =>
    differences((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], [...path, key]),
  );
}

/** The keys each rule's fixes may change: below the service, or at the top level (`top:`). */
const INTENDED: Record<string, string[]> = {
  'compose/no-privileged': ['privileged'],
  'compose/no-dangerous-capabilities': ['cap_add'],
  'compose/require-cap-drop-all': ['cap_drop'],
  'compose/no-unconfined-security-opt': ['security_opt'],
  'compose/require-no-new-privileges': ['security_opt'],
  'compose/no-host-pid': ['pid'],
  'compose/no-host-ipc': ['ipc'],
  'compose/no-sensitive-host-mount': ['volumes'],
  'compose/no-public-database-port': ['ports'],
  'compose/require-healthcheck': ['healthcheck'],
  'compose/require-restart-policy': ['restart'],
  'compose/require-resource-limits': ['deploy'],
  'compose/require-log-rotation': ['logging'],
  'compose/require-healthy-dependency': ['depends_on'],
  'compose/require-read-only': ['read_only'],
  'compose/require-stop-grace-period': ['command', 'entrypoint', 'stop_grace_period'],
  'compose/no-obsolete-version': ['top:version'],
  'compose/no-unknown-top-level-keys': ['top:*'],
};

function intended(ruleId: string, path: string): boolean {
  const [, rest] = path.split(':');
  const parts = rest.split('.');
  return (INTENDED[ruleId] ?? []).some((key) =>
    key.startsWith('top:') ? parts.length === 1 && (key === 'top:*' || parts[0] === key.slice(4)) : parts[0] === 'services' && parts[2] === key,
  );
}

function plain(text: string): { errors: number; documents: unknown[] } {
  const documents = parseAllDocuments(text);
  return { errors: documents.reduce((sum, each) => sum + each.errors.length, 0), documents: documents.map((each) => each.toJS({ maxAliasCount: -1 })) };
}

describe('compose corpus and fixtures', function () {
  this.timeout(180_000);

  for (const lineEnding of ['\n', '\r\n']) {
    it(`lints every file without a failure and every fix changes only its service (${JSON.stringify(lineEnding)})`, () => {
      let fixesChecked = 0;
      for (const file of files) {
        const text = readFileSync(file, 'utf8').replace(/\r?\n/g, lineEnding);
        const document = TextDocument.create(`file:///corpus/${basename(file)}`, 'dockercompose', 1, text);
        const result = lintDocument(document, compose, { maxFileSize: 1 << 30 });
        assert.deepEqual(result.failures, [], file);
        const before = plain(text);
        const { valid } = parseYaml(document);
        for (const finding of result.findings) {
          for (const fix of finding.fixes ?? []) {
            const fixed = TextDocument.applyEdits(document, fix.edits);
            const after = plain(fixed);
            const where = `${basename(file)}:${finding.range.start.line + 1} ${finding.rule.id} "${fix.title}"`;
            assert.equal(after.errors, before.errors, `${where} leaves a YAML error:\n${fixed}`);
            assert.equal(after.documents.length, before.documents.length, where);
            if (lineEnding === '\r\n') assert.doesNotMatch(fixed, /[^\r]\n/, `${where} writes a bare line feed`);
            const changed = before.documents.flatMap((each, index) => differences(each, after.documents[index]).map((path) => `${index}:${path}`));
            assert.notDeepEqual(changed, [], `${where} changes nothing`);
            const offset = document.offsetAt(finding.range.start);
            const located = valid.map((each) => ({ index: each.index, path: nodePathAt(each.doc, offset) })).find((each) => each.path);
            assert.ok(located?.path, `${where}: no node at the finding`);
            const scope = located.path.slice(0, located.path[0] === 'services' ? 2 : 1).join('.');
            for (const path of changed) {
              assert.ok(path.startsWith(`${located.index}:${scope}`), `${where} changes ${path}, outside ${scope}`);
              assert.ok(intended(finding.rule.id, path), `${where} changes ${path}, not the key it fixes`);
            }
            const fixedDocument = TextDocument.create(document.uri, document.languageId, 2, fixed);
            const remaining = lintDocument(fixedDocument, compose, { maxFileSize: 1 << 30 }).findings.filter((each) => each.rule === finding.rule);
            const found = result.findings.filter((each) => each.rule === finding.rule);
            assert.ok(remaining.length < found.length, `${where} does not resolve the finding`);
            fixesChecked++;
          }
        }
      }
      assert.ok(fixesChecked > 100, `only ${fixesChecked} fixes checked`);
    });
  }
});
