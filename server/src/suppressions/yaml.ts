import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineCommentSuppressions, type Suppressions } from './suppressions';
import { isMap, isSeq, type Node, type ParsedYaml } from '../parsing/yaml';

/**
 * YAML suppressions: a `# container-coach ignore=…` (or `#trivy:ignore:…`) comment line covers the key
 * or sequence item that follows it with everything nested under it; above the first key of a document
 * it covers the whole document.
 */
export function yamlSuppressions(document: TextDocument, yaml: ParsedYaml): Suppressions {
  const text = document.getText();
  if (!text.includes('#')) return lineCommentSuppressions(document);
  // Only a suppression comment on a line of its own needs the blocks: most files have none.
  let blocks: ReturnType<typeof blockEnds> | undefined;
  return lineCommentSuppressions(document, (_, next) => {
    blocks ??= blockEnds(document, yaml);
    const end = blocks.documentStart.get(next) ?? blocks.blockEnd.get(next) ?? next;
    return { kind: 'lines', start: next, end };
  });
}

/** For the first line of each document, key and sequence item: the last line of what it holds. */
function blockEnds(document: TextDocument, yaml: ParsedYaml): { documentStart: Map<number, number>; blockEnd: Map<number, number> } {
  const blockEnd = new Map<number, number>();
  const lineOf = (offset: number): number => document.positionAt(offset).line;
  const extend = (start: number, end: number): void => {
    const startLine = lineOf(start);
    blockEnd.set(startLine, Math.max(blockEnd.get(startLine) ?? startLine, lineOf(Math.max(start, end - 1))));
  };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = (pair.key as Node | null)?.range;
        const value = (pair.value as Node | null)?.range;
        if (key) extend(key[0], value ? value[1] : key[1]);
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const range = (item as Node | null)?.range;
        if (range) extend(range[0], range[1]);
        visit(item, depth + 1);
      }
    }
  };
  const documentStart = new Map<number, number>();
  for (const { contents } of yaml.documents) {
    visit(contents, 0);
    const range = contents?.range;
    if (range) documentStart.set(lineOf(range[0]), lineOf(Math.max(range[0], range[1] - 1)));
  }
  return { documentStart, blockEnd };
}
