import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type ReadDirectoryParams, type ReadFileParams } from '../../common/src/fileRequests';
import { LspClient } from '../protocol/lspClient';
import { startWorkerServer } from './workerTransport';

const text = '# syntax=docker/dockerfile:1\nFROM node:24 as Build\nENV NODE_ENV production\nEXPOSE 3000/TCP\nCOPY . .\nCMD node server.js\n';

/** The workspace as the web client's `workspace.fs` would show it. */
const files: Record<string, string> = {
  'file:///project/.container-coach.yaml': 'rules:\n  prefer-lowercase-expose-protocol: off\n',
  'file:///project/api/.dockerignore': '.git\nnode_modules\n',
};
const folders: Record<string, string[]> = {
  'file:///project': ['.container-coach.yaml', '.git', 'Dockerfile', 'api', 'node_modules'],
  'file:///project/api': ['.dockerignore', 'Dockerfile', 'node_modules'],
};

describe('the web server in a Worker in Chromium', function () {
  this.timeout(120_000);
  const client = new LspClient();
  const reads: string[] = [];
  let worker: Awaited<ReturnType<typeof startWorkerServer>>;

  before(async () => {
    worker = await startWorkerServer();
    client.start(worker);
    client.connection.onRequest(READ_FILE_REQUEST, ({ uri, maxSize }: ReadFileParams) => {
      reads.push(uri);
      const file = files[uri];
      return file !== undefined && file.length <= maxSize ? file : null;
    });
    client.connection.onRequest(READ_DIRECTORY_REQUEST, ({ uri }: ReadDirectoryParams) => {
      reads.push(`${uri}/`);
      return folders[uri] ?? null;
    });
    const result = await client.connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: 'file:///project',
      workspaceFolders: [{ uri: 'file:///project', name: 'project' }],
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { questionLinks: 'command' },
    });
    assert.equal(result.serverInfo?.name, 'container-coach');
    await client.connection.sendNotification(InitializedNotification.type, {});
  });

  after(async () => {
    await client.stop();
    assert.deepEqual(worker.failures, []);
  });

  const open = async (uri: string): Promise<Diagnostic[]> => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    return client.diagnostics(uri, (params) => params.version === 1);
  };
  const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((diagnostic) => String(diagnostic.code)).sort();

  it('serves only the page and the bundle, and the worker loads nothing else', () => {
    assert.deepEqual(worker.requested, ['/', '/server.js']);
  });

  it('publishes diagnostics, with the project file and the build context read through the client', async () => {
    const diagnostics = await open('file:///project/Dockerfile');
    // No dockerfile/prefer-lowercase-expose-protocol: the project file turns it off.
    assert.deepEqual(codes(diagnostics), [
      'dockerfile/prefer-base-image-digest',
      'dockerfile/prefer-consistent-as-casing',
      'dockerfile/prefer-env-key-value',
      'dockerfile/prefer-exec-form',
      'dockerfile/prefer-lowercase-stage-name',
      'dockerfile/require-dockerignore',
      'dockerfile/require-healthcheck',
      'dockerfile/require-user',
      'dockerfile/require-workdir-for-relative-copy',
    ]);
    const dockerignore = diagnostics.find((diagnostic) => diagnostic.code === 'dockerfile/require-dockerignore')!;
    assert.deepEqual(dockerignore.range, { start: { line: 4, character: 5 }, end: { line: 4, character: 6 } });
    assert.match(dockerignore.message as string, /no \.dockerignore, so `\.git` and `node_modules` go into the image/);
    assert.ok(reads.includes('file:///project/.container-coach.yaml'));
    assert.ok(reads.includes('file:///project/'));
  });

  it('takes a .dockerignore beside the Dockerfile from the client', async () => {
    const diagnostics = await open('file:///project/api/Dockerfile');
    assert.ok(!codes(diagnostics).includes('dockerfile/require-dockerignore'));
    assert.ok(!codes(diagnostics).includes('dockerfile/prefer-lowercase-expose-protocol'));
    assert.ok(reads.includes('file:///project/api/.dockerignore'));
  });

  it('outside the workspace folder, knows no project file and no build context', async () => {
    const diagnostics = await open('file:///elsewhere/Dockerfile');
    assert.ok(codes(diagnostics).includes('dockerfile/prefer-lowercase-expose-protocol'));
    assert.ok(!codes(diagnostics).includes('dockerfile/require-dockerignore'));
  });

  it('answers a hover with the bundled explanations', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///project/Dockerfile' }, position: { line: 2, character: 1 } });
    assert.ok(hover);
    const { value } = hover.contents as MarkupContent;
    assert.match(value, /^\*\*ENV\*\*\n\nSets environment variables for later instructions/);
    // The question titles come from the bank bundled into the worker.
    assert.ok(value.includes('[Q252: What Docker practices translate directly to Kubernetes?](command:containerCoach.openQuestion?%5B%22q252%22%5D)'));
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
  });

  it('offers the quick fix of a finding as a versioned edit', async () => {
    const diagnostics = await client.diagnostics('file:///project/Dockerfile');
    const own = diagnostics.filter((diagnostic) => diagnostic.code === 'dockerfile/prefer-env-key-value');
    assert.equal(own.length, 1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'file:///project/Dockerfile' },
      range: own[0].range,
      context: { diagnostics: own },
    })) as CodeAction[];
    assert.equal(actions[0].title, 'Write NODE_ENV=…');
    const [change] = actions[0].edit!.documentChanges! as TextDocumentEdit[];
    assert.equal(change.textDocument.version, 1);
    assert.deepEqual(change.edits, [{ range: { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } }, newText: '=production' }]);
  });

  it('publishes what the Node server publishes for the same workspace on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-web-'));
    const node = new LspClient();
    try {
      for (const [uri, entries] of Object.entries(folders)) {
        const folder = join(dir, uri.slice('file:///'.length));
        for (const name of entries) if (['.git', 'node_modules', 'api'].includes(name)) mkdirSync(join(folder, name), { recursive: true });
        if (entries.includes('Dockerfile')) writeFileSync(join(folder, 'Dockerfile'), text);
      }
      for (const [uri, file] of Object.entries(files)) writeFileSync(join(dir, uri.slice('file:///'.length)), file);
      const root = pathToFileURL(join(dir, 'project')).href;
      node.start();
      await node.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: root,
        workspaceFolders: [{ uri: root, name: 'project' }],
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
        initializationOptions: { questionLinks: 'command' },
      });
      await node.connection.sendNotification(InitializedNotification.type, {});
      for (const path of ['Dockerfile', 'api/Dockerfile']) {
        const uri = `${root}/${path}`;
        await node.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
        const fromNode = await node.diagnostics(uri, (params) => params.version === 1);
        const fromWorker = await client.diagnostics(`file:///project/${path}`);
        assert.ok(fromNode.length > 5, path);
        assert.deepEqual(fromWorker, fromNode, path);
      }
    } finally {
      await node.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
