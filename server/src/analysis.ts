import { nextTurn } from './text/nextTurn';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LintOptions } from './engine/lint';
import { recogniseTarget } from './targets/index';

/** How long the rules of one document run before the server answers what else came in. */
const SLICE_MS = 15;

/** A document's analysis with all its rules run, unless a newer version (or a close) replaced it meanwhile. */
export type Settled = { current: true; analysis: Analysis | undefined } | { current: false };

/**
 * One analysis per `uri@version`, computed on first request and shared by every handler. A document
 * of no target (or no longer one: YAML edited into something else) has none. Its rules run a slice at a
 * time (`settled`), or at once when a handler reads its findings first.
 */
export class AnalysisStore {
  private readonly byUri = new Map<string, { version: number; analysis: Analysis | undefined }>();
  private readonly reported = new WeakSet<Analysis>();

  constructor(
    /** The engine's options for a document; undefined when the settings exclude it. */
    private readonly optionsFor: (uri: string) => LintOptions | undefined,
    private readonly onFailure: (uri: string, ruleId: string, error: unknown) => void,
  ) {}

  get(document: TextDocument): Analysis | undefined {
    const cached = this.byUri.get(document.uri);
    if (cached?.version === document.version) return cached.analysis;
    const target = recogniseTarget(document.uri, document.languageId, document.getText());
    const analysis = target?.analyse(document, this.optionsFor(document.uri) ?? { maxFileSize: Infinity, excluded: true });
    this.byUri.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  /** Runs the document's rules a slice at a time, yielding to the event loop in between, so that other documents are served meanwhile. */
  async settled(document: TextDocument): Promise<Settled> {
    const analysis = this.get(document);
    const current = () => this.byUri.get(document.uri)?.analysis === analysis;
    // Two turns after every slice, the last one too: one in which the connection reads the messages that
    // came in meanwhile, one in which it answers them. A slice that computes a shared layer (the shell
    // commands of a 40,000-line heredoc) can outlast the time budget and end the analysis.
    while (analysis && !analysis.done) {
      analysis.step(SLICE_MS);
      await nextTurn();
      await nextTurn();
      if (!current()) return { current: false };
    }
    if (!current()) return { current: false };
    if (analysis && !this.reported.has(analysis)) {
      this.reported.add(analysis);
      for (const { ruleId, error } of analysis.result.failures) this.onFailure(document.uri, ruleId, error);
    }
    return { current: true, analysis };
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }
}
