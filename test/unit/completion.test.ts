import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { computeCompletion } from '../../server/src/completion';
import type { CompletionData } from '../../server/src/content';
import { plainLinker } from '../../server/src/questions/links';
import { SNIPPET_GROUPS, snippetsOf, type SnippetFiles } from '../../common/src/snippets';
import { recogniseTarget } from '../../server/src/targets/index';

const ROOT = join(__dirname, '..', '..');
const CORPUS = '/work/shared/corpus';
const data = parse(readFileSync(join(ROOT, 'content', 'completion.yaml'), 'utf8')) as CompletionData;
const snippets = snippetsOf(
  Object.fromEntries(SNIPPET_GROUPS.map((group) => [group, JSON.parse(readFileSync(join(ROOT, 'snippets', `${group}.json`), 'utf8'))])) as SnippetFiles,
);

function completeEverywhere(uri: string, languageId: string, text: string): number {
  const document = TextDocument.create(uri, languageId, 1, text);
  // Completion does not need the findings: the rules do not run.
  const analysis = recogniseTarget(uri, languageId, text)?.analyse(document, { maxFileSize: Infinity, excluded: true });
  let items = 0;
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line += 1) {
    for (const character of new Set([0, Math.floor(lines[line].length / 2), lines[line].length])) {
      items += computeCompletion(
        { document, position: { line, character }, snippets, data, linker: plainLinker(undefined), dockerfileSnippets: true, snippetSupport: true },
        analysis,
      ).length;
    }
  }
  return items;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('computeCompletion', () => {
  it('answers at the start, middle and end of every line of the corpus without throwing', function () {
    this.timeout(120_000);
    for (const [folder, languageId] of [['dockerfile', 'dockerfile'], ['compose', 'yaml'], ['kubernetes', 'yaml']] as const) {
      const paths = files(join(CORPUS, folder)).filter((path) => !/README|MANIFEST|LICENSE/i.test(path));
      // Every fifth file keeps the run short on the shared machine; the choice is fixed, not random.
      for (const path of paths.filter((_, index) => index % 5 === 0)) {
        const name = folder === 'dockerfile' ? 'Dockerfile' : folder === 'compose' ? 'compose.yaml' : 'manifest.yaml';
        assert.doesNotThrow(() => completeEverywhere(`file:///corpus/${encodeURIComponent(path)}/${name}`, languageId, readFileSync(path, 'utf8')), path);
      }
    }
  });

  it('answers on hostile text without throwing', () => {
    for (const text of ['\u0000\u0001binary', '\\\n\\\n\\', 'services:\n  - : :\n\t\t- [', '{ "a": [1, 2', 'a: |\n  x\n---\n---\n', 'x'.repeat(50_000)]) {
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
