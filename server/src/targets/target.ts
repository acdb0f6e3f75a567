import type { CompletionItem, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TargetName, TargetRule, WorkspaceFacts } from '../engine/rule';
import type { Suppressions } from '../suppressions/suppressions';
import type { QuestionLinker } from '../questions/links';
import type { DockerfileDocs, YamlHoverDocs } from '../content';
import type { CompletionInput } from '../completionItems';
import type { DocumentUnit } from '../engine/documentFindings';

/** What a target may look at to recognise a document: `text` is absent when only the name is known. */
export interface DocumentIdentity {
  /** The file name, without folders. */
  name: string;
  languageId: string;
  text?: string;
}

/** How a target claims a document: by its name or language id, or (a weaker claim) by its text. */
export type Recognition = 'name' | 'content';

export interface ParseError {
  offset: number;
  message: string;
}

/** One section of a hover and the range it explains. */
export interface HoverSection {
  markdown: string;
  range: Range;
}

export interface HoverEnv {
  linker: QuestionLinker;
  dockerfileDocs?: DockerfileDocs;
  yamlDocs?: YamlHoverDocs;
}

/** Where the ignore comments of the quick fixes go. */
export interface IgnoreComments<C> {
  /** What a line form silences, for the action's title: `instruction` or `line`. */
  noun: string;
  /** The line a line form goes above, for a finding that starts on `line`. */
  line(context: C, line: number): number;
  /** The line the file form goes on (after a Dockerfile's parser directives). */
  fileLine(context: C): number;
}

/**
 * Everything the engine and the server know of one kind of document. `C` is the parsed context its
 * rules read; a new target is a folder with its descriptor and one line in `targets/index.ts`.
 */
export interface Target<C extends { document: TextDocument }> {
  name: TargetName;
  recognise(document: DocumentIdentity): Recognition | undefined;
  /** Sorted by id. */
  rules: readonly TargetRule<C>[];
  /** Why a document of this target is not analysed, beyond the size and binary checks of every target. */
  skip?(text: string): string | undefined;
  /** `previous`: the parsed context of an earlier version of the document, whose unchanged parts the parse may reuse. */
  parse(document: TextDocument, workspace: WorkspaceFacts, previous?: C): C;
  /** The parts `scope: 'document'` rules check one at a time (YAML documents); without it they see the whole context. */
  units?(context: C): DocumentUnit<C>[];
  suppressions(context: C): Suppressions;
  /** False when the rule declared what it looks at and the context (a file, or a unit) holds none of it: the engine skips the rule there. */
  interested?(rule: TargetRule<C>, context: C): boolean;
  /**
   * Drops what the rules derived from the parsed context and cached (shell analysis, split arguments):
   * the server calls it for every file once its rules ran, keeping the parse, which the workspace rules
   * read. Whatever is asked for later is derived again. An `open` file keeps what the analysis of its
   * next version carries over from this one (the shell analysis of each RUN an edit leaves as it was).
   */
  release?(context: C, open: boolean): void;
  /** The first syntax error, for targets whose rules skip what does not parse (YAML documents). */
  syntaxError?(context: C): ParseError | undefined;
  /** The explanation of the syntax under the cursor, if any. */
  hover(context: C, position: Position, env: HoverEnv): HoverSection | undefined;
  /** `context` parses on first call: completion runs on skipped documents too. */
  completion(context: () => C, input: CompletionInput): CompletionItem[];
  ignore: IgnoreComments<C>;
}

/** Rules sorted by id, as every target lists them. */
export function sortedRules<R extends { id: string }>(rules: readonly R[]): R[] {
  return [...rules].sort(byId);
}

/**
 * Ids compared by code unit: they are lowercase ASCII, so this is the order `localeCompare` gives, without the
 * collator, whose first use costs the server's start several milliseconds.
 */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
