import type { CompletionItem } from 'vscode-languageserver-types';
import { entryItems, snippetItems, yamlCompletion, yamlKeyRange, type CompletionInput } from '../../completionItems';

/** Compose file snippets in an empty file, a service snippet under `services:`, service keys in a service. */
export function composeCompletion(input: CompletionInput): CompletionItem[] {
  return yamlCompletion(
    input,
    () => snippetItems(input, 'compose', 'file'),
    (cursor) => {
      if (cursor.item) return [];
      const [top, service, ...rest] = cursor.path;
      if (top !== 'services') return [];
      if (service === undefined) return snippetItems(input, 'compose', 'service');
      if (rest.length > 0 || service === '[]') return [];
      const entries = (input.data?.compose.serviceKeys ?? []).filter((entry) => !cursor.siblings.has(entry.key));
      return entryItems(input, yamlKeyRange(input, cursor), entries, (entry) => ({ label: entry.key }));
    },
  );
}
