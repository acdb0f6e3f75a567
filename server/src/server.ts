import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeActionContext,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeCodeActions, FIX_ALL_KIND } from './codeActions';
import { computeCompletion } from './completion';
import type { ServerContent } from './content';
import { computeHover, withoutReference } from './hover';
import { AnalysisStore } from './analysis';
import { isOurDiagnostic } from './diagnostics';
import type { Analysis } from './engine/lint';
import { DEFAULT_MAX_FILE_SIZE } from './engine/lint';
import { commandLinker, plainLinker, type QuestionLinker } from './questions/links';
import { rules } from './targets/index';
import { isWatchedFile, ProjectConfiguration, WATCHED_FILES, type WorkspaceFileSystem } from './settings/workspaceFiles';
import { NeighbourPolicy, type Neighbours } from './settings/neighbours';
import { hiddenPaths, parseFilesExclude } from './workspace/filesExclude';
import { WORKSPACE_WATCHERS } from './workspace/watchers';
import { indexWorkspace, noWorkspaceIndex, parseScope, WorkspaceDiagnostics, type DocumentIndex } from './workspaceDiagnostics';

/** Options our own client sends in `initializationOptions`; other editors send none. */
export interface InitializationOptions {
  /** `command`: link questions as `command:containerCoach.openQuestion` URIs. */
  questionLinks?: 'command' | 'none';
  maxFileSize?: number;
  /** The client shows the Dockerfile snippets itself (ours contributes them in package.json). */
  clientDockerfileSnippets?: boolean;
  /** Extensions the client found installed that overlap with ours (see settings/neighbours.ts). */
  neighbours?: Neighbours;
  /** At most this many files of the workspace folders are indexed (20,000 by default). */
  maxWorkspaceFiles?: number;
  /** How long a burst of edits must be over before it is linted (`VALIDATION_DELAY_MS` by default): tests lengthen it. */
  validationDelayMs?: number;
}

/** What differs between the Node server (main.ts) and the web worker's (browserMain.ts). */
export interface ServerEnvironment {
  content: ServerContent;
  files: WorkspaceFileSystem;
  /** Reads the workspace folders' files that are not open (the Node server); without it only open documents are analysed. */
  workspaceIndex?: (maxFileSize: () => number) => DocumentIndex;
}

export function startServer(connection: Connection, { content, files, workspaceIndex }: ServerEnvironment): void {
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
  const index = (workspaceIndex ?? noWorkspaceIndex)(() => editorMaxFileSize ?? maxFileSize);
  let folderUris: string[] = [];
  let folders: string[] = [];
  /** The `files.exclude` patterns of each folder. */
  const hidden = new Map<string, string[]>();
  let workspaceFoldersSupport = false;
  let pull = false;
  let refreshSupport = false;
  const workspace = new WorkspaceDiagnostics({
    analyses,
    index,
    open: (uri) => documents.get(uri),
    openUris: () => documents.keys(),
    linker: () => linker,
    optionsFor: (uri) => project.lintOptionsFor(uri, { maxFileSize: editorMaxFileSize ?? maxFileSize, severities: neighbours.severities() }),
    onRuleFailure: (ruleId, error) => connection.console.error(`Rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
    send: (params) => void connection.sendDiagnostics(params),
    refresh: () => {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
    },
    hiddenIn: (folder) => hiddenPaths(hidden.get(folder) ?? []),
  });
  /** Indexing runs one at a time: folders added while the workspace is indexed wait for it. */
  let indexing: Promise<void> = Promise.resolve();
  const queueIndexing = (work: () => Promise<void>): Promise<void> => {
    indexing = indexing.then(work, work);
    workspace.waitFor(indexing);
    return indexing;
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.questionLinks === 'command') linker = commandLinker(content.titles);
    if (typeof options.maxFileSize === 'number' && options.maxFileSize > 0) maxFileSize = options.maxFileSize;
    setFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    workspaceFoldersSupport = params.capabilities.workspace?.workspaceFolders === true;
    if (typeof options.maxWorkspaceFiles === 'number' && options.maxWorkspaceFiles >= 0) index.cap = options.maxWorkspaceFiles;
    if (typeof options.validationDelayMs === 'number' && options.validationDelayMs >= 0) workspace.edits.delayMs = options.validationDelayMs;
    pull = params.capabilities.textDocument?.diagnostic !== undefined;
    refreshSupport = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    workspace.pull = pull;
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
        ...(pull && { diagnosticProvider: { identifier: 'container-coach', interFileDependencies: true, workspaceDiagnostics: true } }),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'container-coach' },
    };
  });

  function setFolders(uris: readonly string[]): void {
    folderUris = [...uris];
    project.setFolders(folderUris);
    folders = folderUris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
    for (const folder of [...hidden.keys()]) if (!folders.includes(folder)) hidden.delete(folder);
  }

  const prefetch = files.prefetch?.bind(files);
  /**
   * Runs `then` once the files around the documents are readable: at once in the Node server, after the
   * client answered in the web worker.
   */
  function whenReady<T>(uris: readonly string[], then: () => T): T | Promise<T> {
    if (!prefetch) return then();
    return Promise.all(uris.map((uri) => prefetch(project.readsFor(uri)))).then(then);
  }

  /** The document just opened: `TextDocuments` follows its open with a content change, which is no edit. */
  let opening: string | undefined;
  documents.onDidOpen(({ document }) => {
    opening = document.uri;
    void whenReady([document.uri], () => workspace.opened(document.uri));
  });
  documents.onDidChangeContent(({ document }) => {
    if (opening === document.uri) {
      opening = undefined;
      return;
    }
    void whenReady([document.uri], () => workspace.changed(document.uri));
  });
  documents.onDidClose(({ document }) => workspace.closed(document.uri));
  connection.languages.diagnostics.on(async ({ textDocument, previousResultId }) => {
    await whenReady([textDocument.uri], () => undefined);
    return workspace.documentReport(textDocument.uri, previousResultId);
  });
  connection.languages.diagnostics.onWorkspace(async ({ previousResultIds }) => ({ items: await workspace.workspaceReport(previousResultIds) }));

  connection.onHover(({ textDocument, position }) => whenReady([textDocument.uri], () => {
    const document = documents.get(textDocument.uri);
    const analysis = document && analyses.forLine(document, position.line);
    const docs = neighbours.referenceHovers() ? content : ownDocs;
    return analysis ? computeHover(analysis, position, { linker, dockerfileDocs: docs.dockerfileDocs, yamlDocs: docs.yamlDocs }) : null;
  }));

  connection.onCodeAction(({ textDocument, context }) => whenReady([textDocument.uri], () => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    return computeCodeActions(document, context.diagnostics, linker, { only: context.only, analysis: codeActionAnalysis(document, context) });
  }));

  connection.onCompletion(({ textDocument, position }) => whenReady([textDocument.uri], () => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const { snippets, completion: data, dockerfileDocs } = content;
    const input = { document, position, snippets, data, dockerfileDocs, linker, dockerfileSnippets, snippetSupport };
    return computeCompletion(input, analyses.forLine(document, position.line));
  }));

  /**
   * The analysis whose findings the client sent: theirs when they are of the current version (published,
   * so settled). Else the current version's only once its rules ran, or when the client asks for fix-all
   * alone (on save); stale diagnostics get their explanations without waiting for a lint.
   */
  function codeActionAnalysis(document: TextDocument, context: CodeActionContext): Analysis | undefined {
    const fresh = context.diagnostics.some((diagnostic) => isOurDiagnostic(diagnostic) && diagnostic.data.version === document.version);
    const fixAllOnly = context.only !== undefined && context.only.length > 0 && !context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
    return fresh || fixAllOnly ? analyses.get(document) : analyses.ifSettled(document);
  }

  const settingsChanged = (): void => void whenReady(documents.keys(), () => workspace.settingsChanged());

  let editorSection: string | undefined;
  /** Reads the `containerCoach` section; false when it did not change. */
  async function pullEditorSettings(): Promise<boolean> {
    if (!configurationSupport) return true;
    const section: unknown = await connection.workspace.getConfiguration('containerCoach');
    if (JSON.stringify(section) === editorSection) return false;
    editorSection = JSON.stringify(section);
    project.setEditorSettings(section);
    neighbours.setEditorSettings(section);
    const { maxFileSize: size, scope } = section && typeof section === 'object' ? (section as { maxFileSize?: unknown; scope?: unknown }) : {};
    editorMaxFileSize = typeof size === 'number' && size > 0 ? size : undefined;
    workspace.setScope(parseScope(scope));
    return true;
  }

  /** Reads `files.exclude` of each folder; returns the folders whose patterns changed. */
  async function pullFilesExclude(): Promise<string[]> {
    if (!configurationSupport || folders.length === 0) return [];
    const sections: unknown[] = await connection.workspace.getConfiguration(folders.map((folder) => ({ scopeUri: pathToFileURL(folder).href, section: 'files' })));
    return folders.filter((folder, at) => {
      const section = sections[at];
      const patterns = parseFilesExclude(section && typeof section === 'object' ? (section as { exclude?: unknown }).exclude : undefined);
      const changed = JSON.stringify(patterns) !== JSON.stringify(hidden.get(folder) ?? []);
      hidden.set(folder, patterns);
      return changed;
    });
  }

  const settingsProblem = (error: unknown) => connection.console.error(`Could not read the settings: ${String(error)}`);

  connection.onInitialized(async () => {
    // A client may refuse a registration: the server then goes on without it.
    const refused = (error: unknown) => connection.console.warn(`The client refused a registration: ${String(error)}`);
    if (configurationSupport) connection.client.register(DidChangeConfigurationNotification.type, { section: ['containerCoach', 'files'] }).catch(refused);
    if (watchedFilesRegistration) {
      const watchers = [...WATCHED_FILES.map((globPattern) => ({ globPattern })), ...WORKSPACE_WATCHERS];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(refused);
    }
    if (workspaceFoldersSupport) connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => void foldersChanged(added.map(({ uri }) => uri), removed.map(({ uri }) => uri)));
    await pullEditorSettings().catch(settingsProblem);
    await pullFilesExclude().catch(settingsProblem);
    await whenReady(documents.keys(), () => workspace.settingsChanged());
    await queueIndexing(() => indexWorkspace(connection, workspace, index, folders));
  });

  /** Added folders are indexed as at start; the files of removed ones that are not open lose their findings. */
  function foldersChanged(added: readonly string[], removed: readonly string[]): Promise<void> {
    return queueIndexing(async () => {
      const before = folders;
      setFolders([...folderUris.filter((uri) => !removed.includes(uri)), ...added.filter((uri) => !folderUris.includes(uri))]);
      await pullFilesExclude().catch(settingsProblem);
      await workspace.removeFolders(before.filter((folder) => !folders.includes(folder)));
      await indexWorkspace(connection, workspace, index, folders.filter((folder) => !before.includes(folder)), false);
    });
  }

  connection.onDidChangeConfiguration(async () => {
    const reindexed = queueIndexing(async () => {
      const changed = await pullFilesExclude().catch((error: unknown) => (settingsProblem(error), []));
      if (changed.length > 0) await indexWorkspace(connection, workspace, index, changed, false);
    });
    if (await pullEditorSettings().catch((error: unknown) => (settingsProblem(error), true))) settingsChanged();
    await reindexed;
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    workspace.filesChanged(changes);
    if (!changes.some((change) => isWatchedFile(change.uri))) return;
    project.invalidate();
    settingsChanged();
  });

  documents.listen(connection);
  connection.listen();
}
