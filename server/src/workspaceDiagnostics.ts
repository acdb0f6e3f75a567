/**
 * The findings of the whole workspace: each document's own findings (the editor's text when it is open,
 * the file read by the WorkspaceIndex otherwise) and the findings of the rules over the workspace, as
 * pushed diagnostics or as LSP 3.17 pull reports with result ids.
 */
import type { Connection, Diagnostic, DocumentDiagnosticReport, FileEvent, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { FileChangeType, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SLICE_MS, type AnalysisStore, type Settled } from './analysis';
import { EditDebounce } from './editDebounce';
import { Slice } from './text/nextTurn';
import { isOurDiagnostic, skippedDiagnostic, syntaxErrorDiagnostic, toDiagnostic } from './diagnostics';
import type { LintOptions, RuleFinding } from './engine/lint';
import type { QuestionLinker } from './questions/links';
import { NOTHING_HIDDEN, type HiddenPaths } from './workspace/filesExclude';
import { FolderListing, lintWorkspace, workspaceModel } from './workspace/model';
import { workspaceRules } from './workspace/rules/index';
import type { WorkspaceIndex } from './workspace/workspaceIndex';

/** `workspace`: every file of the workspace folders has findings; `openFiles`: only open documents. */
export type Scope = 'workspace' | 'openFiles';

export function parseScope(value: unknown): Scope {
  return value === 'openFiles' ? 'openFiles' : 'workspace';
}

/** How long a document is left alone after an edit that follows another before it is linted (`EditDebounce`). */
export const VALIDATION_DELAY_MS = 120;
/** How long a lone edit waits before it is linted: the requests sent with it are answered first (`EditDebounce`). */
export const LONE_EDIT_GRACE_MS = 15;
/** How many files are analysed between two progress reports. */
const ANALYSIS_BATCH = 50;

/** What the workspace's findings read of the files that are not open. */
export type DocumentIndex = Pick<WorkspaceIndex, 'index' | 'removeFolders' | 'all' | 'get' | 'update' | 'listing' | 'capped' | 'cap'>;

/** The index of a server that reads no files of its own (the web worker): only open documents are analysed. */
export function noWorkspaceIndex(): DocumentIndex {
  return {
    index: async () => undefined,
    removeFolders: () => [],
    all: () => [][Symbol.iterator](),
    get: () => undefined,
    update: () => false,
    listing: new FolderListing(),
    capped: false,
    cap: 0,
  };
}

export interface WorkspaceDiagnosticsHost {
  analyses: AnalysisStore;
  index: DocumentIndex;
  /** The editor's document, when it is open. */
  open(uri: string): TextDocument | undefined;
  openUris(): string[];
  linker(): QuestionLinker;
  /** The engine's options for a document; undefined when the settings exclude it. */
  optionsFor(uri: string): LintOptions | undefined;
  onRuleFailure(ruleId: string, error: unknown): void;
  send(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): void;
  /** Asks a pulling client to pull again. */
  refresh(): void;
  /** What the editor hides in a workspace folder (`files.exclude`): not indexed, still analysed when opened. */
  hiddenIn?(folder: string): HiddenPaths;
}

export interface Progress {
  report(percentage: number, message: string): void;
}

interface Report {
  generation: number;
  version: number | undefined;
  cross: string;
  resultId: string;
  diagnostics: Diagnostic[];
}

export class WorkspaceDiagnostics {
  /** The client pulls reports (LSP 3.17); else they are pushed. */
  pull = false;
  private scope: Scope = 'workspace';
  private cross = new Map<string, { findings: RuleFinding[]; key: string }>();
  private readonly reports = new Map<string, Report>();
  /** Bumped when settings change: every report is computed again (its result id kept if it did not change). */
  private generation = 0;
  private nextResultId = 0;
  /** The result id last pushed for each URI, with the version of the open document (each version is published once). */
  private readonly pushed = new Map<string, string>();
  /** When an edit is linted: a lone edit after a grace for the requests sent with it, a burst of them once it is over. */
  readonly edits = new EditDebounce(VALIDATION_DELAY_MS, LONE_EDIT_GRACE_MS, (uri) => void this.update([uri]));
  /** Settled once the first indexing is done: reports of files that are not open wait for it. */
  private readonly indexed: Promise<void>;
  /** Indexing queued later (folders added, `files.exclude` changed): reports of files that are not open wait for it too. */
  private indexing: Promise<unknown> = Promise.resolve();
  private indexingDone: () => void = () => undefined;
  /** Updates for files changed on disk still running: a report asked for after the event waits for them. */
  private readonly fileUpdates = new Set<Promise<void>>();

  constructor(private readonly host: WorkspaceDiagnosticsHost) {
    this.indexed = new Promise((resolve) => (this.indexingDone = resolve));
  }

  /** Indexes the workspace folders at start, analyses what was found and reports every finding. */
  async start(folders: readonly string[], progress: Progress): Promise<void> {
    try {
      await this.addFolders(folders, progress);
    } finally {
      this.indexingDone();
    }
  }

  /** Indexes folders (at start, added later, or anew when what the editor hides in them changed) and reports what changed. */
  async addFolders(folders: readonly string[], progress: Progress): Promise<void> {
    const before = this.host.index.removeFolders(folders);
    await this.host.index.index(folders, (found) => progress.report(0, `${found} files found`), (folder) => this.host.hiddenIn?.(folder) ?? NOTHING_HIDDEN);
    const documents = [...this.host.index.all()];
    // The files share slices of time: other messages are answered between two slices, not between two files.
    const slice = new Slice(SLICE_MS);
    for (const [done, document] of documents.entries()) {
      this.release(await this.host.analyses.settled(document, slice));
      if (done % ANALYSIS_BATCH === ANALYSIS_BATCH - 1) progress.report(Math.round((100 * done) / documents.length), `${done + 1}/${documents.length} files analysed`);
      await slice.pause();
    }
    this.forgetUnlisted(before);
    await this.update(this.knownUris());
  }

  /** Folders left the workspace: their files that are not open lose their findings. */
  async removeFolders(folders: readonly string[]): Promise<void> {
    this.forgetUnlisted(this.host.index.removeFolders(folders));
    await this.update(this.knownUris());
  }

  private forgetUnlisted(uris: readonly string[]): void {
    for (const uri of uris) if (!this.source(uri)) this.host.analyses.forget(uri);
  }

  /** Reports of files that are not open wait until `work` is done. */
  waitFor(work: Promise<unknown>): void {
    this.indexing = work.catch(() => undefined);
  }

  private async settledIndex(): Promise<void> {
    await this.indexed;
    await this.indexing;
  }

  setScope(scope: Scope): void {
    this.scope = scope;
  }

  /** Settings changed: every analysis and report is computed again. */
  settingsChanged(): void {
    this.host.analyses.clear();
    this.generation++;
    void this.update(this.knownUris());
  }

  opened(uri: string): void {
    this.pushed.delete(uri);
    void this.update([uri]);
  }

  changed(uri: string): void {
    this.host.analyses.supersede(uri, this.host.open(uri)?.version);
    this.edits.changed(uri);
  }

  /** The document closed: its findings are those of the file on disk again (none in scope `openFiles`). */
  closed(uri: string): void {
    this.edits.forget(uri);
    void this.update([uri]);
  }

  /** Files created, changed or deleted on disk. */
  filesChanged(changes: readonly FileEvent[]): void {
    const touched = changes.filter((change) => this.host.index.update(change.uri, change.type === FileChangeType.Deleted)).map((change) => change.uri);
    if (touched.length === 0) return;
    const update = this.update([...touched, ...this.urisUnder(changes.filter((change) => change.type === FileChangeType.Deleted))]);
    this.fileUpdates.add(update);
    void update.finally(() => this.fileUpdates.delete(update));
  }

  /** The report of one document (`textDocument/diagnostic`). */
  async documentReport(uri: string, previousResultId: string | undefined): Promise<DocumentDiagnosticReport> {
    if (!this.host.open(uri)) await this.settledIndex();
    await Promise.all(this.fileUpdates);
    // Its rules run a slice at a time (hovers are answered in between), again for a newer version if one came in.
    for (let document = this.source(uri); document; document = this.source(uri)) {
      const settled = await this.host.analyses.settled(document);
      if (!settled.current) continue;
      this.release(settled);
      break;
    }
    const report = this.report(uri);
    return previousResultId === report.resultId
      ? { kind: 'unchanged', resultId: report.resultId }
      : { kind: 'full', resultId: report.resultId, items: report.diagnostics };
  }

  /** The reports of every file in scope and of every file the client still has findings for (`workspace/diagnostic`). */
  async workspaceReport(previous: readonly { uri: string; value: string }[]): Promise<WorkspaceDocumentDiagnosticReport[]> {
    await this.settledIndex();
    await Promise.all(this.fileUpdates);
    const previousIds = new Map(previous.map(({ uri, value }) => [uri, value]));
    const uris = new Set([...this.urisInScope(), ...previousIds.keys()]);
    return [...uris].map((uri) => {
      const report = this.report(uri);
      const version = this.host.open(uri)?.version ?? null;
      return previousIds.get(uri) === report.resultId
        ? { kind: 'unchanged', uri, version, resultId: report.resultId }
        : { kind: 'full', uri, version, resultId: report.resultId, items: report.diagnostics };
    });
  }

  /**
   * Runs the workspace rules again and reports `uris` and every URI whose cross-file findings changed.
   * The rules of the documents in `uris` run first a slice at a time, so other requests are answered
   * meanwhile; an update whose document changed in between leaves the report to the newer one.
   */
  private async update(uris: readonly string[]): Promise<void> {
    const settled: string[] = [];
    for (const uri of uris) {
      const document = this.source(uri);
      if (!document) {
        settled.push(uri);
        continue;
      }
      const analysed = await this.host.analyses.settled(document);
      if (!analysed.current) continue;
      settled.push(uri);
      this.release(analysed);
    }
    const affected = new Set([...settled, ...this.relintWorkspace()]);
    if (!this.pull) {
      for (const uri of affected) this.push(uri);
      return;
    }
    const changed = [...affected].filter((uri) => {
      const before = this.reports.get(uri)?.resultId;
      return this.report(uri).resultId !== before;
    });
    if (changed.length > 0) this.host.refresh();
  }

  /**
   * A settled analysis keeps its findings and its parse (for hovers, code actions and the workspace
   * rules), not what its rules derived: a feature that asks again derives it again. That of an open
   * document keeps what the analysis of its next version carries over (see `Target.release`).
   */
  private release(settled: Settled): void {
    if (settled.current) settled.analysis?.release(this.host.open(settled.analysis.document.uri) !== undefined);
  }

  private push(uri: string): void {
    const report = this.report(uri);
    const open = this.host.open(uri);
    const key = `${report.resultId}@${open?.version ?? ''}`;
    if (this.pushed.get(uri) === key) return;
    if (report.diagnostics.length === 0 && !open && !this.pushed.has(uri)) return;
    this.host.send({ uri, ...(open && { version: open.version }), diagnostics: report.diagnostics });
    if (report.diagnostics.length === 0 && !open) this.pushed.delete(uri);
    else this.pushed.set(uri, key);
  }

  /**
   * The URIs whose cross-file findings changed. While a document of the model is still being analysed or
   * waits for it (its own update follows), the cross-file findings stay as they were: a partner half-read
   * is no partner.
   */
  private relintWorkspace(): string[] {
    const analyses = [];
    for (const uri of this.modelUris()) {
      const document = this.source(uri)!;
      // An open document's newer version is not analysed before its own update (after a burst of edits, once it is over).
      const computed = this.host.open(uri) ? this.host.analyses.peek(document) : { analysis: this.host.analyses.get(document) };
      if (!computed) return [];
      const { analysis } = computed;
      if (analysis && !analysis.done) return [];
      if (analysis) analyses.push(analysis);
    }
    const suppressionsOf = new Map(analyses.map((analysis) => [analysis.document.uri, analysis.suppressions]));
    const found = lintWorkspace(
      workspaceModel(analyses, this.host.index.listing),
      workspaceRules,
      (uri) => {
        const options = this.host.optionsFor(uri);
        const suppressions = suppressionsOf.get(uri);
        return options && suppressions && { suppressions, severities: options.severities };
      },
      (ruleId, error) => this.host.onRuleFailure(ruleId, error),
    );
    const next = new Map([...found].map(([uri, findings]) => [uri, { findings, key: keyOf(findings) }]));
    const changed = [...next].filter(([uri, { key }]) => this.cross.get(uri)?.key !== key).map(([uri]) => uri);
    for (const uri of this.cross.keys()) if (!next.has(uri)) changed.push(uri);
    this.cross = next;
    return changed;
  }

  private report(uri: string): Report {
    const document = this.inScope(uri) ? this.source(uri) : undefined;
    const cross = (document && this.cross.get(uri)) || undefined;
    const previous = this.reports.get(uri);
    const crossKey = cross?.key ?? '';
    if (previous && previous.generation === this.generation && previous.version === document?.version && previous.cross === crossKey) return previous;
    const diagnostics = document ? this.diagnosticsOf(document, cross?.findings ?? []) : [];
    // The previous diagnostics are serialised again rather than kept as text: for 5,000 files that text is tens of MB.
    // Our diagnostics carry their version (`data.version`): of another version, they differ without a comparison.
    const versioned = previous?.version !== document?.version && diagnostics.some(isOurDiagnostic);
    const unchanged = previous !== undefined && !versioned && JSON.stringify(previous.diagnostics) === JSON.stringify(diagnostics);
    const resultId = unchanged ? previous.resultId : String(++this.nextResultId);
    const report = { generation: this.generation, version: document?.version, cross: crossKey, resultId, diagnostics };
    this.reports.set(uri, report);
    return report;
  }

  private diagnosticsOf(document: TextDocument, cross: readonly RuleFinding[]): Diagnostic[] {
    const analysis = this.host.analyses.get(document);
    if (!analysis) return [];
    const { result } = analysis;
    if (result.skipped) return [skippedDiagnostic(result.skipped)];
    const linker = this.host.linker();
    const broken = analysis.syntaxError();
    const partial = [...(result.partial ? [skippedDiagnostic(result.partial)] : []), ...(broken ? [syntaxErrorDiagnostic(broken, document)] : [])];
    return [...partial, ...[...result.findings, ...cross].map((finding) => toDiagnostic(finding, document.version, linker))];
  }

  /** The text a URI is analysed from: the editor's when open, else the file read from disk. */
  private source(uri: string): TextDocument | undefined {
    return this.host.open(uri) ?? this.host.index.get(uri);
  }

  private inScope(uri: string): boolean {
    return this.host.open(uri) !== undefined || (this.scope === 'workspace' && this.host.index.get(uri) !== undefined);
  }

  /** Every document the workspace rules see, whatever the scope: partners in files that are not open count. */
  private modelUris(): Set<string> {
    return new Set([...this.host.openUris(), ...[...this.host.index.all()].map((document) => document.uri)]);
  }

  private urisInScope(): string[] {
    return [...this.modelUris()].filter((uri) => this.inScope(uri));
  }

  private knownUris(): string[] {
    return [...new Set([...this.modelUris(), ...this.reports.keys()])];
  }

  /** Reported URIs inside deleted folders. */
  private urisUnder(deleted: readonly FileEvent[]): string[] {
    return [...this.reports.keys()].filter((uri) => deleted.some((change) => uri.startsWith(`${change.uri}/`)));
  }
}

/** What identifies a document's cross-file findings, to tell whether they changed. */
function keyOf(findings: readonly RuleFinding[]): string {
  return JSON.stringify(findings.map(({ rule, severity, range, message, related }) => [rule.id, severity, range, message, related]));
}

/**
 * Indexes workspace folders with work-done progress (when the client shows it); one message if the cap is
 * hit. `first`: the folders the server started with (reports of unopened files wait for them).
 */
export async function indexWorkspace(connection: Connection, workspace: WorkspaceDiagnostics, index: DocumentIndex, folders: readonly string[], first = true): Promise<void> {
  const wasCapped = index.capped;
  if (folders.length === 0) return first ? workspace.start([], { report: () => undefined }) : undefined;
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin('Container Coach', 0, 'Indexing the workspace', false);
  try {
    const reporter = { report: (percentage: number, message: string) => progress.report(percentage, message) };
    await (first ? workspace.start(folders, reporter) : workspace.addFolders(folders, reporter));
  } catch (error) {
    connection.console.error(`Indexing the workspace failed: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    progress.done();
  }
  if (index.capped && !wasCapped) {
    const message = `Container Coach indexed the first ${index.cap} files of the workspace; the others are analysed when they are opened.`;
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }
}
