import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { useLspClient } from './lspClient';

const text = 'FROM node:24 AS Build\nFROM Build\nCOPY . .\nCMD ["node", "server.js"]\n';
const codes = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((diagnostic) => String(diagnostic.code)))].sort();

describe('settings over the protocol', () => {
  let folder: string;
  let editorRules: Record<string, string> = {};
  const registrations: string[] = [];

  const client = useLspClient(async () => {
    folder = mkdtempSync(join(tmpdir(), 'container-coach-settings-'));
    writeFileSync(join(folder, '.container-coach.yaml'), 'rules:\n  prefer-base-image-digest: off\n  StageNameCasing: error\nexclude:\n  - vendor/**\n');
    mkdirSync(join(folder, '.git'));
    mkdirSync(join(folder, 'node_modules'));
    writeFileSync(join(folder, '.hadolint.yaml'), 'ignored:\n  - CKV_DOCKER_3\ntrustedRegistries:\n  - registry.example.com\n');
    client.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({ rules: editorRules, maxFileSize: 1 << 20 })));
    client.connection.onRequest(RegistrationRequest.type, (params) => {
      registrations.push(...params.registrations.map((registration) => registration.method));
    });
    const rootUri = pathToFileURL(folder).href;
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'settings' }],
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
      initializationOptions: { questionLinks: 'command' },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
  });

  after(() => rmSync(folder, { recursive: true, force: true }));

  const uri = () => pathToFileURL(join(folder, 'Dockerfile')).href;

  it('applies .container-coach.yaml, .hadolint.yaml and the missing .dockerignore of the workspace folder', async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(), languageId: 'dockerfile', version: 1, text } });
    const diagnostics = await client.diagnostics(uri(), (params) => params.version === 1 && params.diagnostics.length > 0);
    const found = codes(diagnostics);
    assert.ok(!found.includes('dockerfile/prefer-base-image-digest'), 'off in .container-coach.yaml');
    assert.ok(!found.includes('dockerfile/require-user'), 'ignored in .hadolint.yaml by its Checkov alias');
    assert.ok(found.includes('dockerfile/no-untrusted-registry'), 'trustedRegistries from .hadolint.yaml');
    assert.ok(found.includes('dockerfile/require-dockerignore'), 'the folder has .git and node_modules but no .dockerignore');
    const casing = diagnostics.find((diagnostic) => diagnostic.code === 'dockerfile/prefer-lowercase-stage-name');
    assert.equal(casing?.severity, 1, 'raised to error');
    assert.deepEqual(registrations.sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
  });

  it('reads a .dockerignore that appears, once the client reports the change', async () => {
    writeFileSync(join(folder, '.dockerignore'), '.git\nnode_modules\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(join(folder, '.dockerignore')).href, type: FileChangeType.Created }],
    });
    const diagnostics = await client.diagnostics(uri(), (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'dockerfile/require-dockerignore'));
    assert.ok(codes(diagnostics).includes('dockerfile/prefer-lowercase-stage-name'));
  });

  it('lets the editor setting containerCoach.rules override the project files', async () => {
    editorRules = { 'dockerfile/prefer-lowercase-stage-name': 'off', DL3026: 'info' };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const diagnostics = await client.diagnostics(uri(), (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'dockerfile/prefer-lowercase-stage-name'));
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'dockerfile/no-untrusted-registry')?.severity, 3);
  });

  it('publishes nothing for an excluded file', async () => {
    const excluded = pathToFileURL(join(folder, 'vendor', 'lib', 'Dockerfile')).href;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: excluded, languageId: 'dockerfile', version: 1, text } });
    assert.deepEqual(await client.diagnostics(excluded, (params) => params.version === 1), []);
  });
});
