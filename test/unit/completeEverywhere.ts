import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { computeCompletion } from '../../server/src/completion';
import type { CompletionData } from '../../server/src/content';
import { recogniseTarget } from '../../server/src/targets/index';
import { plainLinker } from '../../server/src/questions/links';
import { SNIPPET_GROUPS, snippetsOf, type SnippetFiles } from '../../common/src/snippets';

const ROOT = join(__dirname, '..', '..');
const data = parse(readFileSync(join(ROOT, 'content', 'completion.yaml'), 'utf8')) as CompletionData;
const snippets = snippetsOf(
  Object.fromEntries(SNIPPET_GROUPS.map((group) => [group, JSON.parse(readFileSync(join(ROOT, 'snippets', `${group}.json`), 'utf8'))])) as SnippetFiles,
);

/** Completes at the start, middle and end of every line; the number of items offered. */
export function completeEverywhere(uri: string, languageId: string, text: string): number {
  const document = TextDocument.create(uri, languageId, 1, text);
  // Completion does not need the findings: the rules do not run.
  const analysis = recogniseTarget(uri, languageId, text)?.analyse(document, { maxFileSize: Infinity, excluded: true });
  let items = 0;
  // Lines as the protocol counts them: a lone `\r` ends one too.
  const lines = text.split(/\r\n|\r|\n/);
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
