import { CompletionItemKind, InsertTextFormat, InsertTextMode, type CompletionItem, type MarkupContent, type Position, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isEmptyYaml, yamlCursor, type YamlCursor } from './parsing/yamlOutline';
import { codeBlock } from './text/markdown';
import { questionLinks, type QuestionLinker } from './questions/links';
import { expandSnippet } from './snippetSyntax';
import type { CompletionData, CompletionEntry, DockerfileDocs } from './content';
import type { Snippet, SnippetContext, SnippetGroup } from '../../common/src/snippets';

export interface CompletionInput {
  document: TextDocument;
  position: Position;
  snippets: readonly Snippet[];
  data?: CompletionData;
  dockerfileDocs?: DockerfileDocs;
  linker: QuestionLinker;
  /** Offer the Dockerfile snippets too (our VS Code client shows them from package.json itself). */
  dockerfileSnippets: boolean;
  /** The client accepts snippet syntax; otherwise items insert the defaults as plain text. */
  snippetSupport: boolean;
}

const WORKFLOW_PATH = /\/\.github\/workflows\/[^/]+\.ya?ml$/i;

/**
 * Completion in a YAML file: CI snippets in a GitHub workflow, `fileSnippets` at the start of an empty
 * file, else what `complete` offers at the cursor.
 */
export function yamlCompletion(
  input: CompletionInput,
  fileSnippets: () => CompletionItem[],
  complete: (cursor: YamlCursor, lines: readonly string[]) => CompletionItem[],
): CompletionItem[] {
  const { document, position } = input;
  const lines = document.getText().split(/\r\n|\r|\n/);
  const cursor = yamlCursor(lines, position.line, position.character);
  if (!cursor) return [];
  const empty = isEmptyYaml(lines.filter((_, index) => index !== position.line).join('\n'));
  if (WORKFLOW_PATH.test(document.uri.replace(/[?#].*$/, ''))) {
    if (empty) return snippetItems(input, 'ci', 'workflow');
    return !cursor.item && cursor.path.at(-1) === 'steps' ? snippetItems(input, 'ci', 'steps') : [];
  }
  if (empty) return cursor.column === 0 ? fileSnippets() : [];
  return complete(cursor, lines);
}

export function snippetItems(
  input: CompletionInput,
  group: SnippetGroup,
  context: SnippetContext | undefined,
  word: RegExp = /[\w-]*$/,
  prefix = '',
  suffix = '',
): CompletionItem[] {
  const { document, position } = input;
  const before = lineText(document, position.line).slice(0, position.character);
  const range = wordRange(position, before, word);
  return input.snippets
    .filter((snippet) => snippet.group === group && (context === undefined || snippet.context === context))
    .map((snippet) => {
      const language = group === 'dockerfile' ? 'dockerfile' : group === 'dockerignore' ? 'ignore' : 'yaml';
      return {
        label: snippet.prefix,
        kind: CompletionItemKind.Snippet,
        detail: snippet.name,
        sortText: `~${snippet.prefix}`,
        filterText: snippet.prefix,
        ...insertion(input, range, prefix + snippet.body + suffix),
        documentation: markdown([
          snippet.description,
          codeBlock(expandSnippet(snippet.body).trimEnd(), language),
          questionLinks(snippet.questions, input.linker),
        ]),
      };
    });
}

/** The completion items of entries of content/completion.yaml, in their order, replacing `range`. */
export function entryItems<E extends CompletionEntry>(
  input: CompletionInput,
  range: Range,
  entries: readonly E[],
  item: (entry: E) => { label: string; detail?: string },
): CompletionItem[] {
  return entries.map((entry, index) => {
    const { label, detail } = item(entry);
    return {
      label,
      kind: CompletionItemKind.Property,
      ...(detail === undefined ? {} : { detail }),
      sortText: String(index).padStart(3, '0'),
      filterText: label,
      ...insertion(input, range, entry.insert),
      documentation: entryDocs(entry, input.linker),
    };
  });
}

function insertion(input: CompletionInput, range: Range, body: string): Partial<CompletionItem> {
  if (!input.snippetSupport) return { textEdit: { range, newText: expandSnippet(body) }, insertTextFormat: InsertTextFormat.PlainText };
  return {
    textEdit: { range, newText: body },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.adjustIndentation,
  };
}

function entryDocs(entry: CompletionEntry, linker: QuestionLinker): MarkupContent | undefined {
  if (!entry.summary) return undefined;
  return markdown([entry.summary, questionLinks(entry.questions ?? [], linker)]);
}

export function markdown(parts: readonly (string | undefined)[]): MarkupContent {
  return { kind: 'markdown', value: parts.filter(Boolean).join('\n\n') };
}

/** The range of the key being typed at the cursor of a YAML file. */
export function yamlKeyRange(input: CompletionInput, cursor: YamlCursor): Range {
  const { document, position } = input;
  const line = lineText(document, position.line);
  return wordRange(position, line.slice(cursor.column, position.character), /[\w.-]*$/, line.slice(position.character));
}

/** The word before the cursor (`word` matches its end), and the word characters right after the cursor. */
export function wordRange(position: Position, before: string, word: RegExp, after = ''): Range {
  const length = word.exec(before)?.[0].length ?? 0;
  const tail = /^[\w-]*/.exec(after)![0].length;
  return { start: { line: position.line, character: position.character - length }, end: { line: position.line, character: position.character + tail } };
}

export function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}
