import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisStore } from './analysis';
import { skippedDiagnostic, toDiagnostic } from './diagnostics';
import type { QuestionLinker } from './questions/links';

const VALIDATION_DELAY_MS = 120;

export type SendDiagnostics = (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => void;

/** Publishes each document's findings: at once when it opens, after a short pause while it is edited. */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** Documents whose findings were published, so that they lose them once they are no longer ours. */
  private readonly published = new Set<string>();

  constructor(
    private readonly analyses: AnalysisStore,
    private readonly send: SendDiagnostics,
    private readonly linker: () => QuestionLinker,
    /** The open document's latest version, when the pause ends. */
    private readonly latest: (uri: string) => TextDocument | undefined,
  ) {}

  /** Resolves once the findings are sent, or once a newer version replaced the document's analysis. */
  async publish(document: TextDocument): Promise<void> {
    const settled = await this.analyses.settled(document);
    if (!settled.current) return;
    const result = settled.analysis?.result;
    if (!result) {
      // A YAML file that no longer looks like Compose or Kubernetes loses the findings it had.
      if (this.published.delete(document.uri)) this.send({ uri: document.uri, version: document.version, diagnostics: [] });
      return;
    }
    this.published.add(document.uri);
    const diagnostics = result.skipped
      ? [skippedDiagnostic(result.skipped)]
      : [...(result.partial ? [skippedDiagnostic(result.partial)] : []), ...result.findings.map((finding) => toDiagnostic(finding, document.version, this.linker()))];
    this.send({ uri: document.uri, version: document.version, diagnostics });
  }

  schedule(document: TextDocument): void {
    clearTimeout(this.pending.get(document.uri));
    this.pending.set(
      document.uri,
      setTimeout(() => {
        this.pending.delete(document.uri);
        const latest = this.latest(document.uri);
        if (latest) void this.publish(latest);
      }, VALIDATION_DELAY_MS),
    );
  }

  close(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.analyses.forget(uri);
    this.published.delete(uri);
    this.send({ uri, diagnostics: [] });
  }

  /** Settings changed: forget every analysis and publish the open documents again. */
  republish(documents: readonly TextDocument[]): void {
    this.analyses.clear();
    this.published.clear();
    for (const document of documents) void this.publish(document);
  }
}
