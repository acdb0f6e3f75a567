import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LintOptions } from './engine/lint';
import { recogniseTarget } from './targets/index';

/**
 * One analysis per `uri@version`, computed on first request and shared by every handler. A document
 * of no target (or no longer one: YAML edited into something else) has none.
 */
export class AnalysisStore {
  private readonly byUri = new Map<string, { version: number; analysis: Analysis | undefined }>();

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
    for (const { ruleId, error } of analysis?.result.failures ?? []) this.onFailure(document.uri, ruleId, error);
    this.byUri.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }
}
