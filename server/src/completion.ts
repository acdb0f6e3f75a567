import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './engine/lint';
import { baseName } from './targets/kind';
import { lineText, snippetItems, yamlCompletion, type CompletionInput } from './completionItems';

const YAML_NAME = /\.ya?ml$/i;
const YAML_LANGUAGES = new Set(['yaml', 'dockercompose']);

/**
 * Completion items for the position; empty where we have nothing useful to say. A document of a target
 * completes through its target; others get the `.dockerignore`, CI and new-file snippets.
 */
export function computeCompletion(input: CompletionInput, analysis: Analysis | undefined): CompletionItem[] {
  if (analysis) return analysis.completion(input);
  const { document, position } = input;
  const name = baseName(document.uri);
  if (name === '.dockerignore' || name.endsWith('.dockerignore')) {
    return atLineStart(document, position) ? snippetItems(input, 'dockerignore', 'file') : [];
  }
  if (!YAML_LANGUAGES.has(document.languageId) && !YAML_NAME.test(name)) return [];
  return yamlCompletion(
    input,
    () => [...snippetItems(input, 'compose', 'file'), ...snippetItems(input, 'kubernetes', 'document')],
    () => [],
  );
}

function atLineStart(document: TextDocument, position: Position): boolean {
  return /^[\w.-]*$/.test(lineText(document, position.line).slice(0, position.character));
}
