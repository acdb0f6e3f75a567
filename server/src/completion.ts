import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type MarkupContent,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from './targets/dockerfile/model';
import { baseName, type DocumentKind } from './targets/kind';
import { isEmptyYaml, yamlCursor, type YamlCursor } from './parsing/yamlOutline';
import type { DockerfileDocs } from './hover';
import { questionLinks } from './hover';
import { codeBlock } from './text/markdown';
import type { QuestionLinker } from './questions/links';
import { expandSnippet } from './snippetSyntax';
import type { Snippet, SnippetContext, SnippetGroup } from '../../common/src/snippets';

/** One entry of content/completion.yaml: what to insert and why. */
export interface CompletionEntry {
  insert: string;
  summary?: string;
  questions?: string[];
}

export interface CompletionData {
  dockerfile: { flags: Record<string, (CompletionEntry & { flag: string })[]> };
  compose: { serviceKeys: (CompletionEntry & { key: string })[] };
  kubernetes: { securityContextKeys: (CompletionEntry & { key: string; level: 'pod' | 'container' | 'both' })[] };
}

export interface CompletionInput {
  document: TextDocument;
  position: Position;
  /** What `documentKind` says of the document. */
  kind: DocumentKind | undefined;
  snippets: readonly Snippet[];
  data?: CompletionData;
  dockerfileDocs?: DockerfileDocs;
  linker: QuestionLinker;
  /** Offer the Dockerfile snippets too (our VS Code client shows them from package.json itself). */
  dockerfileSnippets: boolean;
  /** The client accepts snippet syntax; otherwise items insert the defaults as plain text. */
  snippetSupport: boolean;
}

const INSTRUCTIONS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG',
  'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
];

const WORKFLOW_PATH = /\/\.github\/workflows\/[^/]+\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;
const YAML_LANGUAGES = new Set(['yaml', 'dockercompose']);
const POD_CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** Completion items for the position; empty where we have nothing useful to say. */
export function computeCompletion(input: CompletionInput): CompletionItem[] {
  const { document, position } = input;
  const name = baseName(document.uri);
  if (input.kind === 'dockerfile') return dockerfileCompletion(input);
  if (name === '.dockerignore' || name.endsWith('.dockerignore')) {
    return atLineStart(document, position) ? snippetItems(input, 'dockerignore', 'file') : [];
  }
  const isYaml = YAML_LANGUAGES.has(document.languageId) || YAML_NAME.test(name) || input.kind !== undefined;
  if (!isYaml) return [];
  const text = document.getText();
  const lines = text.split(/\r?\n/);
  const cursor = yamlCursor(lines, position.line, position.character);
  if (!cursor) return [];
  const empty = isEmptyYaml(lines.filter((_, index) => index !== position.line).join('\n'));

  if (WORKFLOW_PATH.test(document.uri.replace(/[?#].*$/, ''))) {
    if (empty) return snippetItems(input, 'ci', 'workflow');
    return !cursor.item && cursor.path.at(-1) === 'steps' ? snippetItems(input, 'ci', 'steps') : [];
  }
  if (empty) {
    if (cursor.column !== 0) return [];
    if (input.kind === 'compose') return snippetItems(input, 'compose', 'file');
    if (input.kind === 'kubernetes') return snippetItems(input, 'kubernetes', 'document');
    return [...snippetItems(input, 'compose', 'file'), ...snippetItems(input, 'kubernetes', 'document')];
  }
  if (input.kind === 'compose') return composeCompletion(input, cursor);
  if (input.kind === 'kubernetes') return kubernetesCompletion(input, cursor, lines);
  return [];
}

function dockerfileCompletion(input: CompletionInput): CompletionItem[] {
  const { document, position } = input;
  const line = lineText(document, position.line);
  const before = line.slice(0, position.character);
  if (insideInstruction(document, position.line)) return [];
  if (/^\s*[\w-]*$/.test(before)) {
    const range = wordRange(position, before, /[\w-]*$/, line.slice(position.character));
    const keywords = INSTRUCTIONS.map((keyword, index): CompletionItem => {
      const doc = input.dockerfileDocs?.instructions[keyword];
      return {
        label: keyword,
        kind: CompletionItemKind.Keyword,
        sortText: `0${String(index).padStart(2, '0')}`,
        textEdit: { range, newText: `${keyword} ` },
        documentation: doc ? markdown([doc.summary, questionLinks(doc.questions ?? [], input.linker)]) : undefined,
      };
    });
    return input.dockerfileSnippets ? [...keywords, ...snippetItems(input, 'dockerfile', undefined)] : keywords;
  }
  const flagged = /^\s*([A-Za-z]+)((?:\s+--\S+)*)\s+(--[\w-]*)?$/.exec(before);
  if (!flagged) return [];
  const keyword = flagged[1].toUpperCase();
  const present = new Set([...flagged[2].matchAll(/--([\w-]+)/g)].map((match) => match[1]));
  const range = wordRange(position, before, /(?:--[\w-]*)?$/);
  return (input.data?.dockerfile.flags[keyword] ?? [])
    .filter((entry) => entry.flag.startsWith('--mount') || !present.has(entry.flag.slice(2)))
    .map((entry, index) => ({
      label: entry.flag,
      kind: CompletionItemKind.Property,
      detail: `${keyword} ${entry.flag}`,
      sortText: String(index).padStart(3, '0'),
      filterText: entry.flag,
      ...insertion(input, range, entry.insert),
      documentation: entryDocs(entry, input.linker),
    }));
}

function composeCompletion(input: CompletionInput, cursor: YamlCursor): CompletionItem[] {
  if (cursor.item) return [];
  const [top, service, ...rest] = cursor.path;
  if (top !== 'services') return [];
  if (service === undefined) return snippetItems(input, 'compose', 'service');
  if (rest.length > 0 || service === '[]') return [];
  const range = yamlKeyRange(input, cursor);
  return (input.data?.compose.serviceKeys ?? [])
    .filter((entry) => !cursor.siblings.has(entry.key))
    .map((entry, index) => ({
      label: entry.key,
      kind: CompletionItemKind.Property,
      sortText: String(index).padStart(3, '0'),
      filterText: entry.key,
      ...insertion(input, range, entry.insert),
      documentation: entryDocs(entry, input.linker),
    }));
}

function kubernetesCompletion(input: CompletionInput, cursor: YamlCursor, lines: readonly string[]): CompletionItem[] {
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
  const range = yamlKeyRange(input, cursor);
  return (input.data?.kubernetes.securityContextKeys ?? [])
    .filter((entry) => (entry.level === 'both' || entry.level === level) && !cursor.siblings.has(entry.key))
    .map((entry, index) => ({
      label: entry.key,
      kind: CompletionItemKind.Property,
      detail: `${level === 'pod' ? 'Pod' : 'Container'} securityContext`,
      sortText: String(index).padStart(3, '0'),
      filterText: entry.key,
      ...insertion(input, range, entry.insert),
      documentation: entryDocs(entry, input.linker),
    }));
}

function snippetItems(
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

function markdown(parts: readonly (string | undefined)[]): MarkupContent {
  return { kind: 'markdown', value: parts.filter(Boolean).join('\n\n') };
}

function yamlKeyRange(input: CompletionInput, cursor: YamlCursor): Range {
  const { document, position } = input;
  const line = lineText(document, position.line);
  return wordRange(position, line.slice(cursor.column, position.character), /[\w.-]*$/, line.slice(position.character));
}

/** The word before the cursor (`word` matches its end), and the word characters right after the cursor. */
function wordRange(position: Position, before: string, word: RegExp, after = ''): Range {
  const length = word.exec(before)?.[0].length ?? 0;
  const tail = /^[\w-]*/.exec(after)![0].length;
  return { start: { line: position.line, character: position.character - length }, end: { line: position.line, character: position.character + tail } };
}

function atLineStart(document: TextDocument, position: Position): boolean {
  return /^[\w.-]*$/.test(lineText(document, position.line).slice(0, position.character));
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** The line continues an instruction begun above it (escaped line break or heredoc body). */
function insideInstruction(document: TextDocument, line: number): boolean {
  return parseDockerfile(document).instructions.some((instruction) => {
    const { start, end } = instruction.getRange();
    return start.line < line && line <= end.line;
  });
}
