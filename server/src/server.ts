import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeCodeActions, FIX_ALL_KIND } from './codeActions';
import { computeCompletion } from './completion';
import { loadServerContent } from './content';
import { skippedDiagnostic, toDiagnostic } from './diagnostics';
import { parseDockerfile } from './targets/dockerfile/model';
import { documentKind } from './targets/kind';
import { parseYaml } from './parsing/yaml';
import { computeHover } from './hover';
import { DEFAULT_MAX_FILE_SIZE, lintDocument, type LintResult } from './engine/lint';
import { commandLinker, plainLinker, type QuestionLinker } from './questions/links';
import { rules } from './targets/index';
import { isWatchedFile, ProjectConfiguration, WATCHED_FILES } from './settings/workspaceFiles';
import { NeighbourPolicy, type Neighbours } from './settings/neighbours';
import { withoutReference } from './hover';

/** Options our own client sends in `initializationOptions`; other editors send none. */
export interface InitializationOptions {
  /** `command`: link questions as `command:containerCoach.openQuestion` URIs. */
  questionLinks?: 'command' | 'none';
  maxFileSize?: number;
  /** The client shows the Dockerfile snippets itself (ours contributes them in package.json). */
  clientDockerfileSnippets?: boolean;
  /** Extensions the client found installed that overlap with ours (see settings/neighbours.ts). */
  neighbours?: Neighbours;
}

const VALIDATION_DELAY_MS = 120;

export function startServer(connection: Connection, contentDir: string = __dirname): void {
  const documents = new TextDocuments(TextDocument);
  const content = loadServerContent(contentDir);
  const results = new Map<string, { version: number; result: LintResult }>();
  const pending = new Map<string, NodeJS.Timeout>();
  let linker: QuestionLinker = plainLinker(content.titles);
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  let editorMaxFileSize: number | undefined;
  const project = new ProjectConfiguration(rules, (message) => connection.console.warn(`Container Coach settings: ${message}`));
  let configurationSupport = false;
  let watchedFilesRegistration = false;
  let dockerfileSnippets = true;
  let snippetSupport = false;
  const neighbours = new NeighbourPolicy(rules);
  const ownDocs = withoutReference(content);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.questionLinks === 'command') linker = commandLinker(content.titles);
    if (typeof options.maxFileSize === 'number' && options.maxFileSize > 0) maxFileSize = options.maxFileSize;
    project.setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    configurationSupport = params.capabilities.workspace?.configuration === true;
    watchedFilesRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    dockerfileSnippets = options.clientDockerfileSnippets !== true;
    neighbours.setNeighbours(options.neighbours);
    snippetSupport = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['-'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'container-coach' },
    };
  });

  function lintResult(document: TextDocument): LintResult | undefined {
    const kind = documentKind(document.uri, document.languageId, document.getText());
    if (!kind) return undefined;
    const cached = results.get(document.uri);
    if (cached?.version === document.version) return cached.result;
    const options = project.lintOptionsFor(document.uri, { maxFileSize: editorMaxFileSize ?? maxFileSize, severities: neighbours.severities() });
    const result: LintResult = options ? lintDocument(document, kind, options) : { findings: [], failures: [] };
    for (const { ruleId, error } of result.failures) {
      connection.console.error(`Rule ${ruleId} failed on ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    results.set(document.uri, { version: document.version, result });
    return result;
  }

  function publishDiagnostics(document: TextDocument): void {
    const result = lintResult(document);
    if (!result) {
      // A YAML file that no longer looks like Compose or Kubernetes loses the findings it had.
      if (results.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
      return;
    }
    const diagnostics = result.skipped
      ? [skippedDiagnostic(result.skipped)]
      : result.findings.map((finding) => toDiagnostic(finding, document.version, linker));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  function scheduleValidation(document: TextDocument): void {
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        const latest = documents.get(document.uri);
        if (latest) publishDiagnostics(latest);
      }, VALIDATION_DELAY_MS),
    );
  }

  documents.onDidOpen(({ document }) => publishDiagnostics(document));
  documents.onDidChangeContent(({ document }) => scheduleValidation(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    results.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const result = document && lintResult(document);
    if (!document || !result || result.skipped) return null;
    const kind = documentKind(document.uri, document.languageId, document.getText());
    const docs = neighbours.referenceHovers() ? content : ownDocs;
    return computeHover({
      position,
      findings: result.findings,
      linker,
      dockerfile: kind === 'dockerfile' ? parseDockerfile(document) : undefined,
      docs: docs.dockerfileDocs,
      yaml: kind === 'compose' || kind === 'kubernetes' ? { document, parsed: parseYaml(document), kind } : undefined,
      yamlDocs: docs.yamlDocs,
    });
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const result = lintResult(document);
    const isDockerfile = documentKind(document.uri, document.languageId, document.getText()) === 'dockerfile';
    return computeCodeActions(document, context.diagnostics, linker, { only: context.only, findings: result?.findings ?? [], isDockerfile });
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return computeCompletion({
      document,
      position,
      kind: documentKind(document.uri, document.languageId, document.getText()),
      snippets: content.snippets,
      data: content.completion,
      dockerfileDocs: content.dockerfileDocs,
      linker,
      dockerfileSnippets,
      snippetSupport,
    });
  });

  /** Settings changed: forget every result and lint the open documents again. */
  function relintAll(): void {
    results.clear();
    for (const document of documents.all()) publishDiagnostics(document);
  }

  async function pullEditorSettings(): Promise<void> {
    if (!configurationSupport) return;
    const section: unknown = await connection.workspace.getConfiguration('containerCoach');
    project.setEditorSettings(section);
    neighbours.setEditorSettings(section);
    const size = section && typeof section === 'object' ? (section as { maxFileSize?: unknown }).maxFileSize : undefined;
    editorMaxFileSize = typeof size === 'number' && size > 0 ? size : undefined;
  }

  connection.onInitialized(async () => {
    if (configurationSupport) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'containerCoach' });
    if (watchedFilesRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) });
    }
    await pullEditorSettings().catch((error: unknown) => connection.console.error(`Could not read the settings: ${String(error)}`));
    relintAll();
  });

  connection.onDidChangeConfiguration(async () => {
    await pullEditorSettings().catch((error: unknown) => connection.console.error(`Could not read the settings: ${String(error)}`));
    relintAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (!changes.some((change) => isWatchedFile(change.uri))) return;
    project.invalidate();
    relintAll();
  });

  documents.listen(connection);
  connection.listen();
}
