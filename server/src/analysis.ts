import { nextTurn, type Slice } from './text/nextTurn';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LintOptions } from './engine/lint';
import { recogniseTarget } from './targets/index';

/** How long the rules of one document run before the server answers what else came in. */
export const SLICE_MS = 15;

/** A document's analysis with all its rules run, unless a newer version (or a close) replaced it meanwhile. */
export type Settled = { current: true; analysis: Analysis | undefined } | { current: false };

interface Entry {
  version: number;
  analysis: Analysis | undefined;
  /** A newer version of the document came in: whoever runs this entry's rules stops. */
  superseded: boolean;
}

/**
 * One analysis per `uri@version`, computed on first request and shared by every handler. A document
 * of no target (or no longer one: YAML edited into something else) has none. Its rules run a slice at a
 * time (`settled`), or at once when a handler reads its findings first.
 *
 * An analysis reads a copy of its version's text: the editor's document is updated in place by each
 * edit, and an older analysis still answers requests (`forLine`) while the newer one waits its turn.
 */
export class AnalysisStore {
  private readonly byUri = new Map<string, Entry>();
  /** The newest analysis of each URI whose rules all ran: what a request is answered from meanwhile. */
  private readonly lastSettled = new Map<string, Analysis>();
  private readonly reported = new WeakSet<Analysis>();

  constructor(
    /** The engine's options for a document; undefined when the settings exclude it. */
    private readonly optionsFor: (uri: string) => LintOptions | undefined,
    private readonly onFailure: (uri: string, ruleId: string, error: unknown) => void,
  ) {}

  get(document: TextDocument): Analysis | undefined {
    return this.entry(document).analysis;
  }

  /** The analysis of the document's current version if it was already computed (`{ analysis }`), without computing it. */
  peek(document: TextDocument): { analysis: Analysis | undefined } | undefined {
    const cached = this.byUri.get(document.uri);
    return cached?.version === document.version ? cached : undefined;
  }

  /**
   * What a request about `line` is answered from: the current version's analysis once its rules ran,
   * else the last settled one while that line reads the same in both versions (same number, same text),
   * else the current version's, computed now.
   */
  forLine(document: TextDocument, line: number): Analysis | undefined {
    const current = this.peek(document);
    if (current && (!current.analysis || current.analysis.done)) return current.analysis;
    const previous = this.lastSettled.get(document.uri);
    if (previous && previous.document.languageId === document.languageId && sameLine(previous.document, document, line)) return previous;
    return this.get(document);
  }

  /** The current version's analysis if its rules already ran: a request that would otherwise wait for them goes without. */
  ifSettled(document: TextDocument): Analysis | undefined {
    const analysis = this.peek(document)?.analysis;
    return analysis?.done ? analysis : undefined;
  }

  /**
   * Runs the document's rules a slice at a time, yielding to the event loop in between, so that other
   * documents are served meanwhile. `shared`: a slice that documents analysed one after another share
   * (indexing), which yields only once it is used up, parses included.
   */
  async settled(document: TextDocument, shared?: Slice): Promise<Settled> {
    const entry = this.entry(document);
    const { analysis } = entry;
    const current = () => !entry.superseded && this.byUri.get(document.uri) === entry;
    // Alone, two turns after every slice, the last one too: one in which the connection reads the messages
    // that came in meanwhile, one in which it answers them. A slice that computes a shared layer (the shell
    // commands of a 40,000-line heredoc) can outlast the time budget and end the analysis.
    while (analysis && !analysis.done) {
      if (shared) {
        analysis.step(shared.left());
        await shared.pause();
      } else {
        analysis.step(SLICE_MS);
        await nextTurn();
        await nextTurn();
      }
      if (!current()) return { current: false };
    }
    if (!current()) return { current: false };
    if (analysis) this.lastSettled.set(document.uri, analysis);
    else this.lastSettled.delete(document.uri);
    if (analysis && !this.reported.has(analysis)) {
      this.reported.add(analysis);
      for (const { ruleId, error } of analysis.result.failures) this.onFailure(document.uri, ruleId, error);
    }
    return { current: true, analysis };
  }

  /** The document is now at `version`: a lint of an older version in progress stops at its next slice. */
  supersede(uri: string, version: number | undefined): void {
    const entry = this.byUri.get(uri);
    if (entry && entry.version !== version) entry.superseded = true;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.lastSettled.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.lastSettled.clear();
  }

  private entry(document: TextDocument): Entry {
    const cached = this.byUri.get(document.uri);
    if (cached?.version === document.version) return cached;
    const text = document.getText();
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, text);
    const target = recogniseTarget(snapshot.uri, snapshot.languageId, text);
    // The last analysis whose rules all ran lends the findings of the YAML documents that did not change.
    const previous = this.lastSettled.get(snapshot.uri) ?? cached?.analysis;
    const analysis = target?.analyse(snapshot, this.optionsFor(snapshot.uri) ?? { maxFileSize: Infinity, excluded: true }, previous);
    const entry = { version: snapshot.version, analysis, superseded: false };
    this.byUri.set(snapshot.uri, entry);
    return entry;
  }
}

function sameLine(before: TextDocument, after: TextDocument, line: number): boolean {
  if (line >= before.lineCount || line >= after.lineCount) return false;
  const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
  return before.getText(range) === after.getText(range);
}
