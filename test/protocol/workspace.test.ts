import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  ShowMessageNotification,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  WorkspaceDiagnosticRequest,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { useLspClient, type LspClient } from './lspClient';

const FILES: Record<string, string> = {
  'compose.yaml': 'services:\n  web:\n    build: ./web\n  api:\n    build: ./api\n',
  'web/Dockerfile': 'FROM node:24\nCOPY . .\nCMD ["node", "server.js"]\n',
  'k8s/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: shop\nspec:\n  selector:\n    app: shop\n  ports:\n    - port: 80\n',
  'k8s/shop.yaml': deployment('shop'),
  'k8s/worker.yaml': deployment('worker'),
};

function deployment(app: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${app}`,
    'spec:',
    '  selector:',
    '    matchLabels:',
    `      app: ${app}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${app}`,
    '    spec:',
    '      containers:',
    `        - name: ${app}`,
    `          image: registry.example.com/${app}:1.0`,
    '',
  ].join('\n');
}

const codes = (diagnostics: readonly Diagnostic[]) => [...new Set(diagnostics.map((diagnostic) => String(diagnostic.code)))].sort();

/** A temporary workspace folder with FILES, removed after the enclosing `describe`. */
function useWorkspaceFolder(files: Record<string, string> = FILES): { folder: () => string; uri: (path: string) => string; write: (path: string, text: string) => FileEvent } {
  let folder = '';
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'container-coach-workspace-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  const uri = (path: string) => pathToFileURL(join(folder, path)).href;
  return {
    folder: () => folder,
    uri,
    write: (path, text) => {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
      return { uri: uri(path), type: FileChangeType.Created };
    },
  };
}

interface Session {
  progress: unknown[];
  refreshes: number;
  messages: string[];
  settings: object;
  /** The `files` section (`files.exclude`). */
  files?: object;
}

async function initialize(client: LspClient, folder: string, session: Session, options: { pull: boolean; initializationOptions?: object }): Promise<void> {
  client.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'files' ? (session.files ?? {}) : session.settings)));
  client.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
    client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      session.progress.push(value);
    });
  });
  client.connection.onRequest(DiagnosticRefreshRequest.type, () => {
    session.refreshes++;
  });
  client.connection.onNotification(ShowMessageNotification.type, (params) => {
    session.messages.push(params.message);
  });
  await client.initializeFolder(
    folder,
    {
      window: { workDoneProgress: true },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...(options.pull && { diagnostics: { refreshSupport: true } }) },
      textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true }, ...(options.pull && { diagnostic: { dynamicRegistration: false } }) },
    },
    { questionLinks: 'command', ...options.initializationOptions },
  );
}

function pullDocument(client: LspClient, uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
  return client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId && { previousResultId }) });
}

async function pullWorkspace(client: LspClient, previous: readonly WorkspaceDocumentDiagnosticReport[] = []): Promise<Map<string, WorkspaceDocumentDiagnosticReport>> {
  const previousResultIds = previous.flatMap((report) => (report.resultId ? [{ uri: report.uri, value: report.resultId }] : []));
  const { items } = await client.connection.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds });
  return new Map(items.map((item) => [item.uri, item]));
}

function fullItems(report: DocumentDiagnosticReport | WorkspaceDocumentDiagnosticReport | undefined): Diagnostic[] {
  assert.equal(report?.kind, 'full', `expected a full report, got ${JSON.stringify(report)}`);
  return report.kind === 'full' ? report.items : [];
}

describe('workspace diagnostics pulled (LSP 3.17)', () => {
  const workspace = useWorkspaceFolder();
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {} };
  const client = useLspClient((started) => initialize(started, workspace.folder(), session, { pull: true }));

  it('reports the findings of a file never opened, with a result id that makes the next report unchanged', async () => {
    const first = await pullDocument(client, workspace.uri('compose.yaml'));
    const build = fullItems(first).find((diagnostic) => diagnostic.code === 'compose/no-missing-build-path');
    assert.deepEqual(build?.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 16 } }, './api does not exist; ./web does');
    assert.equal(fullItems(first).filter((diagnostic) => diagnostic.code === 'compose/no-missing-build-path').length, 1);
    assert.ok(first.kind === 'full' && first.resultId);
    assert.deepEqual(await pullDocument(client, workspace.uri('compose.yaml'), first.resultId), { kind: 'unchanged', resultId: first.resultId });
  });

  it('shows work-done progress while indexing, and the workspace report holds every file found', async () => {
    const reports = await pullWorkspace(client);
    assert.deepEqual([...reports.keys()].sort(), ['compose.yaml', 'k8s/service.yaml', 'k8s/shop.yaml', 'k8s/worker.yaml', 'web/Dockerfile'].map(workspace.uri).sort());
    assert.ok(codes(fullItems(reports.get(workspace.uri('web/Dockerfile')))).includes('dockerfile/require-user'), 'a per-file finding of a file never opened');
    assert.deepEqual(fullItems(reports.get(workspace.uri('k8s/service.yaml'))).filter((diagnostic) => diagnostic.code === 'kubernetes/no-service-without-workload'), []);
    const kinds = session.progress.map((value) => (value as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    const again = await pullWorkspace(client, [...reports.values()]);
    assert.deepEqual(new Set([...again.values()].map((report) => report.kind)), new Set(['unchanged']));
  });

  it('follows a file that appears: the missing build context exists once the client reports it', async () => {
    const before = await pullDocument(client, workspace.uri('compose.yaml'));
    const refreshes = session.refreshes;
    const created = workspace.write('api/Dockerfile', 'FROM alpine:3.23\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [created] });
    const after = await pullDocument(client, workspace.uri('compose.yaml'), before.kind === 'full' ? before.resultId : undefined);
    assert.ok(!codes(fullItems(after)).includes('compose/no-missing-build-path'));
    assert.ok(session.refreshes > refreshes, 'the client is asked to pull again');
    const reports = await pullWorkspace(client);
    assert.ok(reports.has(workspace.uri('api/Dockerfile')), 'the new Dockerfile is indexed');
  });

  it('follows renames and deletions: the Service loses its workload, and a deleted file loses its findings', async () => {
    const known = [...(await pullWorkspace(client)).values()];
    renameSync(join(workspace.folder(), 'k8s/shop.yaml'), join(workspace.folder(), 'k8s/shop-deployment.yaml'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [
        { uri: workspace.uri('k8s/shop.yaml'), type: FileChangeType.Deleted },
        { uri: workspace.uri('k8s/shop-deployment.yaml'), type: FileChangeType.Created },
      ],
    });
    const renamed = await pullWorkspace(client, known);
    assert.equal(renamed.get(workspace.uri('k8s/service.yaml'))?.kind, 'unchanged', 'the renamed Deployment still matches');
    assert.deepEqual(fullItems(renamed.get(workspace.uri('k8s/shop.yaml'))), [], 'the old name has no findings any more');
    assert.ok(renamed.has(workspace.uri('k8s/shop-deployment.yaml')));

    rmSync(join(workspace.folder(), 'k8s/shop-deployment.yaml'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: workspace.uri('k8s/shop-deployment.yaml'), type: FileChangeType.Deleted }] });
    const deleted = await pullWorkspace(client, [...renamed.values()]);
    const service = fullItems(deleted.get(workspace.uri('k8s/service.yaml'))).find((diagnostic) => diagnostic.code === 'kubernetes/no-service-without-workload');
    assert.deepEqual(service?.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 10 } });
    assert.deepEqual(service?.relatedInformation?.map((related) => related.location.uri), [workspace.uri('k8s/worker.yaml')]);
    assert.deepEqual(fullItems(deleted.get(workspace.uri('k8s/shop-deployment.yaml'))), []);
  });
});

describe('workspace diagnostics pushed, to a client without pull support', () => {
  const workspace = useWorkspaceFolder({ ...FILES, 'k8s/shop.yaml': deployment('shopp') });
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {} };
  const client = useLspClient((started) => initialize(started, workspace.folder(), session, { pull: false }));

  it('publishes the findings of files never opened, cross-file ones with their related locations', async () => {
    const service = await client.diagnostics(workspace.uri('k8s/service.yaml'), (params) => params.diagnostics.length > 0);
    const finding = service.find((diagnostic) => diagnostic.code === 'kubernetes/no-service-without-workload');
    assert.deepEqual(finding?.relatedInformation?.map((related) => related.location.uri).sort(), [workspace.uri('k8s/shop.yaml'), workspace.uri('k8s/worker.yaml')]);
    const dockerfile = await client.diagnostics(workspace.uri('web/Dockerfile'));
    assert.ok(codes(dockerfile).includes('dockerfile/require-user'));
  });

  it('republishes only the files whose findings changed when a file changes on disk', async () => {
    const from = client.published.length;
    const changed: FileEvent = { ...workspace.write('k8s/shop.yaml', deployment('shop')), type: FileChangeType.Changed };
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [changed] });
    await client.diagnostics(workspace.uri('k8s/service.yaml'), (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'kubernetes/no-service-without-workload'));
    assert.deepEqual([...new Set(client.published.slice(from))].sort(), [workspace.uri('k8s/service.yaml'), workspace.uri('k8s/shop.yaml')]);
  });

  it('a deleted file loses its findings', async () => {
    rmSync(join(workspace.folder(), 'web/Dockerfile'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: workspace.uri('web/Dockerfile'), type: FileChangeType.Deleted }] });
    assert.deepEqual(await client.diagnostics(workspace.uri('web/Dockerfile'), (params) => params.diagnostics.length === 0), []);
    const compose = await client.diagnostics(workspace.uri('compose.yaml'), (params) => params.diagnostics.filter((diagnostic) => diagnostic.code === 'compose/no-missing-build-path').length === 2);
    assert.ok(compose.some((diagnostic) => String(diagnostic.message).includes('`Dockerfile`')), 'the web build has no Dockerfile any more');
  });
});

describe('workspace diagnostics with containerCoach.scope openFiles', () => {
  const workspace = useWorkspaceFolder();
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: { scope: 'openFiles' } };
  const client = useLspClient((started) => initialize(started, workspace.folder(), session, { pull: true }));

  it('reports only open files, with the cross-file findings the rest of the workspace gives them', async () => {
    assert.deepEqual([...(await pullWorkspace(client)).keys()], []);
    assert.deepEqual(fullItems(await pullDocument(client, workspace.uri('compose.yaml'))), []);
    const text = FILES['compose.yaml']!;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: workspace.uri('compose.yaml'), languageId: 'dockercompose', version: 1, text } });
    assert.ok(codes(fullItems(await pullDocument(client, workspace.uri('compose.yaml')))).includes('compose/no-missing-build-path'));
    assert.deepEqual([...(await pullWorkspace(client)).keys()], [workspace.uri('compose.yaml')]);
  });
});

describe('workspace diagnostics past the cap of indexed files', () => {
  const workspace = useWorkspaceFolder();
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {} };
  const client = useLspClient((started) => initialize(started, workspace.folder(), session, { pull: true, initializationOptions: { maxWorkspaceFiles: 2 } }));

  it('indexes up to the cap and says so once', async () => {
    assert.equal((await pullWorkspace(client)).size, 2);
    assert.deepEqual(session.messages, ['Container Coach indexed the first 2 files of the workspace; the others are analysed when they are opened.']);
  });
});

/** A second folder, with a Compose file whose build context is missing. */
const FOLDER_B: Record<string, string> = { 'compose.yaml': 'services:\n  api:\n    build: ./api\n' };

function changeFolders(client: LspClient, change: { added?: string[]; removed?: string[] }): Promise<void> {
  const folders = (paths: string[] = []) => paths.map((path) => ({ uri: pathToFileURL(path).href, name: basename(path) }));
  return client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: folders(change.added), removed: folders(change.removed) } });
}

const missingBuild = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'compose/no-missing-build-path');

describe('workspace folders added and removed during a session, pulled', () => {
  const a = useWorkspaceFolder();
  const b = useWorkspaceFolder(FOLDER_B);
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {} };
  const client = useLspClient((started) => initialize(started, a.folder(), session, { pull: true }));

  it('indexes an added folder with progress: its file never opened has findings', async () => {
    const known = await pullWorkspace(client);
    assert.ok(!known.has(b.uri('compose.yaml')));
    const begun = session.progress.length;
    const refreshes = session.refreshes;
    await changeFolders(client, { added: [b.folder()] });
    const finding = missingBuild(fullItems(await pullDocument(client, b.uri('compose.yaml'))));
    assert.deepEqual(finding.map((diagnostic) => diagnostic.range), [{ start: { line: 2, character: 11 }, end: { line: 2, character: 16 } }]);
    const kinds = session.progress.slice(begun).map((value) => (value as { kind: string }).kind);
    assert.deepEqual([kinds[0], kinds.at(-1)], ['begin', 'end']);
    assert.ok(session.refreshes > refreshes, 'the client is asked to pull again');
    const reports = await pullWorkspace(client, [...known.values()]);
    assert.equal(reports.get(a.uri('compose.yaml'))?.kind, 'unchanged', 'folder A is not indexed again');
    assert.ok(reports.has(b.uri('compose.yaml')));
  });

  it('drops the findings of a removed folder', async () => {
    const known = [...(await pullWorkspace(client)).values()];
    await changeFolders(client, { removed: [b.folder()] });
    const reports = await pullWorkspace(client, known);
    assert.deepEqual(fullItems(reports.get(b.uri('compose.yaml'))), [], 'the client is told the findings are gone');
    assert.equal(reports.get(a.uri('compose.yaml'))?.kind, 'unchanged');
    assert.ok(!(await pullWorkspace(client)).has(b.uri('compose.yaml')));
    assert.deepEqual(fullItems(await pullDocument(client, b.uri('compose.yaml'))), []);
  });
});

describe('workspace folders added and removed during a session, pushed', () => {
  const a = useWorkspaceFolder();
  const b = useWorkspaceFolder(FOLDER_B);
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {} };
  const client = useLspClient((started) => initialize(started, a.folder(), session, { pull: false }));

  it('publishes the findings of an added folder, and empty ones when it is removed', async () => {
    await client.diagnostics(a.uri('web/Dockerfile'));
    assert.ok(!client.published.includes(b.uri('compose.yaml')));
    await changeFolders(client, { added: [b.folder()] });
    const added = await client.diagnostics(b.uri('compose.yaml'), (params) => params.diagnostics.length > 0);
    assert.equal(missingBuild(added).length, 1);
    const from = client.published.length;
    await changeFolders(client, { removed: [b.folder()] });
    assert.deepEqual(await client.diagnostics(b.uri('compose.yaml'), (params) => params.diagnostics.length === 0), []);
    assert.deepEqual([...new Set(client.published.slice(from))], [b.uri('compose.yaml')], 'folder A keeps its findings');
  });
});

describe('workspace diagnostics without what files.exclude hides', () => {
  const dockerfile = FILES['web/Dockerfile']!;
  const workspace = useWorkspaceFolder({ 'kept/Dockerfile': dockerfile, 'skipped/Dockerfile': dockerfile, 'a/skipped/compose.yaml': FOLDER_B['compose.yaml']! });
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {}, files: { exclude: { '**/skipped': true, '**/.git': true } } };
  const client = useLspClient((started) => initialize(started, workspace.folder(), session, { pull: true }));

  it('does not index the hidden folders, nor a file created in one later', async () => {
    assert.deepEqual([...(await pullWorkspace(client)).keys()], [workspace.uri('kept/Dockerfile')]);
    assert.deepEqual(fullItems(await pullDocument(client, workspace.uri('skipped/Dockerfile'))), []);
    const created = [workspace.write('skipped/k8s/Dockerfile', dockerfile), workspace.write('kept/api/Dockerfile', dockerfile)];
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: created });
    assert.deepEqual([...(await pullWorkspace(client)).keys()].sort(), [workspace.uri('kept/Dockerfile'), workspace.uri('kept/api/Dockerfile')].sort());
  });

  it('still lints a hidden file once it is opened, and drops it again when it is closed', async () => {
    const uri = workspace.uri('skipped/Dockerfile');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text: dockerfile } });
    assert.ok(codes(fullItems(await pullDocument(client, uri))).includes('dockerfile/require-user'));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(fullItems(await pullDocument(client, uri)), []);
  });

  it('indexes the folders again when the setting changes', async () => {
    session.files = { exclude: { '**/.git': true } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const all = ['a/skipped/compose.yaml', 'kept/Dockerfile', 'kept/api/Dockerfile', 'skipped/Dockerfile', 'skipped/k8s/Dockerfile'].map(workspace.uri).sort();
    assert.deepEqual([...(await pullWorkspace(client)).keys()].sort(), all);
    assert.equal(missingBuild(fullItems(await pullDocument(client, workspace.uri('a/skipped/compose.yaml')))).length, 1);
  });
});

describe('a hostile workspace: links that loop or dangle, a named pipe, broken YAML, 50,000 unrelated files', () => {
  const workspace = useWorkspaceFolder({ 'web/Dockerfile': FILES['web/Dockerfile']!, 'broken/compose.yaml': 'services:\n  web: [image\n' });
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {} };
  const client = useLspClient(async (started) => {
    const root = workspace.folder();
    symlinkSync('..', join(root, 'web', 'loop'));
    symlinkSync('Containerfile.self', join(root, 'web', 'Containerfile.self'));
    mkdirSync(join(root, 'links'));
    symlinkSync('Dockerfile', join(root, 'links', 'Dockerfile'));
    symlinkSync('missing/compose.yaml', join(root, 'links', 'compose.yaml'));
    symlinkSync(join(root, 'web', 'Dockerfile'), join(root, 'links', 'Containerfile'));
    assert.equal(spawnSync('mkfifo', [join(root, 'docker-compose.yml')]).status, 0, 'mkfifo makes a named pipe');
    mkdirSync(join(root, 'many'));
    for (let file = 0; file < 50_000; file++) writeFileSync(join(root, 'many', `notes-${file}.txt`), '');
    await initialize(started, root, session, { pull: true });
  });

  it('indexes the real files once, skips the links that loop or dangle and the pipe, and says nothing', async () => {
    const reports = await pullWorkspace(client);
    assert.deepEqual([...reports.keys()].sort(), ['broken/compose.yaml', 'links/Containerfile', 'web/Dockerfile'].map(workspace.uri).sort());
    assert.ok(codes(fullItems(reports.get(workspace.uri('links/Containerfile')))).includes('dockerfile/require-user'), 'a link to a file is read as the file');
    assert.deepEqual(session.messages, []);
  });

  it('reports the broken YAML as one syntax error, and still answers', async () => {
    const broken = fullItems(await pullDocument(client, workspace.uri('broken/compose.yaml')));
    assert.equal(broken.length, 1, JSON.stringify(broken));
    assert.deepEqual(broken[0], {
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
      severity: 3,
      source: 'container-coach',
      message: 'Container Coach analysed this file only in part: the YAML does not parse from line 3, column 1 (Flow sequence in block collection must be sufficiently indented and end with a ]).',
    });
    const uri = workspace.uri('web/Dockerfile');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text: FILES['web/Dockerfile']! } });
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.ok(hover, 'a hover is answered after indexing');
  });

  it('forgets a file deleted before the server could read it', async () => {
    const gone: FileEvent = { uri: workspace.uri('k8s/gone.yaml'), type: FileChangeType.Created };
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [gone] });
    assert.deepEqual([...(await pullWorkspace(client)).keys()].sort(), ['broken/compose.yaml', 'links/Containerfile', 'web/Dockerfile'].map(workspace.uri).sort());
    assert.equal(client.exitCode, null, 'the server is still running');
  });
});

describe('requests answered while the workspace is being indexed', () => {
  const manifest = Array.from({ length: 10 }, (_, index) => deployment(`app-${index}`)).join('---\n');
  const files: Record<string, string> = { 'web/Dockerfile': FILES['web/Dockerfile']! };
  for (let file = 0; file < 200; file++) files[`k8s/${String(file).padStart(3, '0')}/manifest.yaml`] = manifest;
  const workspace = useWorkspaceFolder(files);
  const session: Session = { progress: [], refreshes: 0, messages: [], settings: {} };
  const client = useLspClient((started) => initialize(started, workspace.folder(), session, { pull: true }));

  it('answers a hover on an open Dockerfile between the start and the end of indexing', async () => {
    const kinds = () => session.progress.map((value) => (value as { kind: string }).kind);
    while (!kinds().includes('begin')) await new Promise((resolve) => setTimeout(resolve, 5));
    const uri = workspace.uri('web/Dockerfile');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text: FILES['web/Dockerfile']! } });
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    const answeredAfter = kinds();
    assert.ok(hover, 'the hover is answered');
    assert.ok(!answeredAfter.includes('end'), `the hover came before the end of indexing (progress so far: ${answeredAfter.join(', ')})`);
    const reports = await pullWorkspace(client);
    assert.equal(reports.size, 201, 'every file is indexed after all');
    assert.deepEqual(kinds().filter((kind) => kind !== 'report'), ['begin', 'end']);
  });
});
