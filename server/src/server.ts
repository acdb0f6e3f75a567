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
import type { ServerContent } from './content';
import { DiagnosticsPublisher } from './publishing';
import { computeHover, withoutReference } from './hover';
import { AnalysisStore } from './analysis';
import { DEFAULT_MAX_FILE_SIZE } from './engine/lint';
import { commandLinker, plainLinker, type QuestionLinker } from './questions/links';
import { rules } from './targets/index';
import { isWatchedFile, ProjectConfiguration, WATCHED_FILES, type WorkspaceFileSystem } from './settings/workspaceFiles';
import { NeighbourPolicy, type Neighbours } from './settings/neighbours';

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

/** What differs between the Node server (main.ts) and the web worker's (browserMain.ts). */
export interface ServerEnvironment {
  content: ServerContent;
  files: WorkspaceFileSystem;
}

export function startServer(connection: Connection, { content, files }: ServerEnvironment): void {
  const documents = new TextDocuments(TextDocument);
  let linker: QuestionLinker = plainLinker(content.titles);
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  let editorMaxFileSize: number | undefined;
  const project = new ProjectConfiguration(rules, files, (message) => connection.console.warn(`Container Coach settings: ${message}`));
  let configurationSupport = false;
  let watchedFilesRegistration = false;
  let dockerfileSnippets = true;
  let snippetSupport = false;
  const neighbours = new NeighbourPolicy(rules);
  const ownDocs = withoutReference(content);
  const analyses = new AnalysisStore(
    (uri) => project.lintOptionsFor(uri, { maxFileSize: editorMaxFileSize ?? maxFileSize, severities: neighbours.severities() }),
    (uri, ruleId, error) => connection.console.error(`Rule ${ruleId} failed on ${uri}: ${error instanceof Error ? error.stack : String(error)}`),
  );
  const diagnostics = new DiagnosticsPublisher(analyses, (params) => void connection.sendDiagnostics(params), () => linker, (uri) => documents.get(uri));

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

  const prefetch = files.prefetch?.bind(files);
  /**
   * Runs `then` once the files around the documents are readable: at once in the Node server, after the
   * client answered in the web worker.
   */
  function whenReady<T>(uris: readonly string[], then: () => T): T | Promise<T> {
    if (!prefetch) return then();
    return Promise.all(uris.map((uri) => prefetch(project.readsFor(uri)))).then(then);
  }
  /** The open document's latest version, once its files are readable. */
  function whenOpen(uri: string, then: (document: TextDocument) => void): void {
    void whenReady([uri], () => {
      const document = documents.get(uri);
      if (document) then(document);
    });
  }

  documents.onDidOpen(({ document }) => whenOpen(document.uri, (open) => void diagnostics.publish(open)));
  documents.onDidChangeContent(({ document }) => whenOpen(document.uri, (open) => diagnostics.schedule(open)));
  documents.onDidClose(({ document }) => diagnostics.close(document.uri));

  connection.onHover(({ textDocument, position }) => whenReady([textDocument.uri], () => {
    const document = documents.get(textDocument.uri);
    const analysis = document && analyses.get(document);
    const docs = neighbours.referenceHovers() ? content : ownDocs;
    return analysis ? computeHover(analysis, position, { linker, dockerfileDocs: docs.dockerfileDocs, yamlDocs: docs.yamlDocs }) : null;
  }));

  connection.onCodeAction(({ textDocument, context }) => whenReady([textDocument.uri], () => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return computeCodeActions(document, context.diagnostics, linker, { only: context.only, analysis: analyses.get(document) });
  }));

  connection.onCompletion(({ textDocument, position }) => whenReady([textDocument.uri], () => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const { snippets, completion: data, dockerfileDocs } = content;
    const input = { document, position, snippets, data, dockerfileDocs, linker, dockerfileSnippets, snippetSupport };
    return computeCompletion(input, analyses.get(document));
  }));

  const relintAll = (): void => void whenReady(documents.all().map((document) => document.uri), () => diagnostics.republish(documents.all()));

  async function pullEditorSettings(): Promise<void> {
    if (!configurationSupport) return;
    const section: unknown = await connection.workspace.getConfiguration('containerCoach');
    project.setEditorSettings(section);
    neighbours.setEditorSettings(section);
    const size = section && typeof section === 'object' ? (section as { maxFileSize?: unknown }).maxFileSize : undefined;
    editorMaxFileSize = typeof size === 'number' && size > 0 ? size : undefined;
  }

  connection.onInitialized(async () => {
    // A client may refuse a registration: the server then goes on without it.
    const refused = (error: unknown) => connection.console.warn(`The client refused a registration: ${String(error)}`);
    if (configurationSupport) connection.client.register(DidChangeConfigurationNotification.type, { section: 'containerCoach' }).catch(refused);
    if (watchedFilesRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) }).catch(refused);
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
