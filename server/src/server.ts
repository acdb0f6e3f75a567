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
import { computeHover } from './hover';
import { AnalysisStore } from './analysis';
import { DEFAULT_MAX_FILE_SIZE } from './engine/lint';
import { commandLinker, plainLinker, type QuestionLinker } from './questions/links';
import { rules } from './targets/index';
import { isWatchedFile, ProjectConfiguration, WATCHED_FILES } from './settings/workspaceFiles';

/** Options our own client sends in `initializationOptions`; other editors send none. */
export interface InitializationOptions {
  /** `command`: link questions as `command:containerCoach.openQuestion` URIs. */
  questionLinks?: 'command' | 'none';
  maxFileSize?: number;
  /** The client shows the Dockerfile snippets itself (ours contributes them in package.json). */
  clientDockerfileSnippets?: boolean;
}

const VALIDATION_DELAY_MS = 120;

export function startServer(connection: Connection, contentDir: string = __dirname): void {
  const documents = new TextDocuments(TextDocument);
  const content = loadServerContent(contentDir);
  /** Documents whose findings were published, so that they lose them once they are no longer ours. */
  const published = new Set<string>();
  const pending = new Map<string, NodeJS.Timeout>();
  let linker: QuestionLinker = plainLinker(content.titles);
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  let editorMaxFileSize: number | undefined;
  const project = new ProjectConfiguration(rules, (message) => connection.console.warn(`Container Coach settings: ${message}`));
  let configurationSupport = false;
  let watchedFilesRegistration = false;
  let dockerfileSnippets = true;
  let snippetSupport = false;
  const analyses = new AnalysisStore(
    (uri) => project.lintOptionsFor(uri, { maxFileSize: editorMaxFileSize ?? maxFileSize }),
    (uri, ruleId, error) => connection.console.error(`Rule ${ruleId} failed on ${uri}: ${error instanceof Error ? error.stack : String(error)}`),
  );

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.questionLinks === 'command') linker = commandLinker(content.titles);
    if (typeof options.maxFileSize === 'number' && options.maxFileSize > 0) maxFileSize = options.maxFileSize;
    project.setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    configurationSupport = params.capabilities.workspace?.configuration === true;
    watchedFilesRegistration = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    dockerfileSnippets = options.clientDockerfileSnippets !== true;
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

  function publishDiagnostics(document: TextDocument): void {
    const result = analyses.get(document)?.result;
    if (!result) {
      // A YAML file that no longer looks like Compose or Kubernetes loses the findings it had.
      if (published.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
      return;
    }
    published.add(document.uri);
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
    analyses.forget(document.uri);
    published.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const analysis = document && analyses.get(document);
    return analysis ? computeHover(analysis, position, { linker, dockerfileDocs: content.dockerfileDocs, yamlDocs: content.yamlDocs }) : null;
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return computeCodeActions(document, context.diagnostics, linker, { only: context.only, analysis: analyses.get(document) });
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const { snippets, completion: data, dockerfileDocs } = content;
    const input = { document, position, snippets, data, dockerfileDocs, linker, dockerfileSnippets, snippetSupport };
    return computeCompletion(input, analyses.get(document));
  });

  /** Settings changed: forget every result and lint the open documents again. */
  function relintAll(): void {
    analyses.clear();
    published.clear();
    for (const document of documents.all()) publishDiagnostics(document);
  }

  async function pullEditorSettings(): Promise<void> {
    if (!configurationSupport) return;
    const section: unknown = await connection.workspace.getConfiguration('containerCoach');
    project.setEditorSettings(section);
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
