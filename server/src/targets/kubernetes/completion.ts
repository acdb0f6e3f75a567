import type { CompletionItem } from 'vscode-languageserver-types';
import type { YamlCursor } from '../../parsing/yamlOutline';
import { entryItems, snippetItems, yamlCompletion, yamlKeyRange, type CompletionInput } from '../../completionItems';

const POD_CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** Manifest snippets in an empty file or between documents, securityContext keys of a pod or container. */
export function kubernetesCompletion(input: CompletionInput): CompletionItem[] {
  return yamlCompletion(
    input,
    () => snippetItems(input, 'kubernetes', 'document'),
    (cursor, lines) => atCursor(input, cursor, lines),
  );
}

function atCursor(input: CompletionInput, cursor: YamlCursor, lines: readonly string[]): CompletionItem[] {
  if (cursor.item) return [];
  if (cursor.path.length === 0) {
    // A new document between or below the others, never inside one; separators come with it.
    const content = (line: string): boolean => !/^\s*(?:#.*)?$/.test(line);
    const separator = (line: string | undefined): boolean => line !== undefined && /^---(?:\s|$)/.test(line);
    const previous = lines.slice(0, input.position.line).filter(content).at(-1);
    const next = lines.slice(input.position.line + 1).find(content);
    if (previous !== undefined && next !== undefined && !separator(previous) && !separator(next)) return [];
    const prefix = previous !== undefined && !separator(previous) ? '---\n' : '';
    const suffix = next !== undefined && !separator(next) ? '\n---' : '';
    return snippetItems(input, 'kubernetes', 'document', undefined, prefix, suffix);
  }
  if (cursor.path.at(-1) !== 'securityContext') return [];
  const owner = cursor.path.at(-2);
  const level = owner === '[]' && POD_CONTAINER_LISTS.has(cursor.path.at(-3) ?? '') ? 'container' : owner === 'spec' ? 'pod' : undefined;
  if (!level) return [];
  const entries = (input.data?.kubernetes.securityContextKeys ?? []).filter(
    (entry) => (entry.level === 'both' || entry.level === level) && !cursor.siblings.has(entry.key),
  );
  const detail = `${level === 'pod' ? 'Pod' : 'Container'} securityContext`;
  return entryItems(input, yamlKeyRange(input, cursor), entries, (entry) => ({ label: entry.key, detail }));
}
