import assert from 'node:assert/strict';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  RegistrationRequest,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { useLspClient, type LspClient } from './lspClient';

const text = 'FROM node:24 AS Build\nUSER node\nCMD node server.js\n';
const codes = (diagnostics: Diagnostic[]) => [...new Set(diagnostics.map((diagnostic) => String(diagnostic.code)))].sort();

/** A client that says which neighbours are installed and answers `containerCoach` with `settings`. */
function neighbourClient(neighbours: object, settings: () => object): LspClient {
  return useLspClient(async (client) => {
    client.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings()));
    client.connection.onRequest(RegistrationRequest.type, () => undefined);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { questionLinks: 'command', neighbours },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
  });
}

async function hoverText(client: LspClient, uri: string, line: number, character: number): Promise<string> {
  const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  return hover ? (hover.contents as MarkupContent).value : '';
}

describe('good neighbours over the protocol', () => {
  describe('with Docker DX installed', () => {
    let settings: object = {};
    const client = neighbourClient({ dockerDx: true }, () => settings);
    const uri = 'untitled:Dockerfile-dx';

    it('leaves BuildKit-repeating rules to Docker DX by default, and keeps the rest', async () => {
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
      const found = codes(await client.diagnostics(uri, (params) => params.version === 1 && params.diagnostics.length > 0));
      assert.ok(!found.includes('dockerfile/prefer-lowercase-stage-name'), found.join(' '));
      assert.ok(!found.includes('dockerfile/prefer-exec-form'), found.join(' '));
      assert.ok(found.includes('dockerfile/prefer-base-image-digest'), found.join(' '));
    });

    it('runs them again with buildkitChecks on, and a rule named in containerCoach.rules wins over auto', async () => {
      settings = { buildkitChecks: 'on' };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const on = codes(await client.diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'dockerfile/prefer-exec-form')));
      assert.ok(on.includes('dockerfile/prefer-lowercase-stage-name'), on.join(' '));
      settings = { buildkitChecks: 'auto', rules: { JSONArgsRecommended: 'warning' } };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const named = codes(await client.diagnostics(uri, (params) => !params.diagnostics.some((diagnostic) => diagnostic.code === 'dockerfile/prefer-lowercase-stage-name')));
      assert.ok(named.includes('dockerfile/prefer-exec-form'), named.join(' '));
    });

    it('keeps only its question links on an instruction hover, and the reference with hover.reference on', async () => {
      const execForm = (present: boolean) => (params: { diagnostics: Diagnostic[] }) => params.diagnostics.some((diagnostic) => diagnostic.code === 'dockerfile/prefer-exec-form') === present;
      settings = {};
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await client.diagnostics(uri, execForm(false)); // the settings are read once this is published
      const own = await hoverText(client, uri, 1, 1);
      assert.match(own, /^\*\*USER\*\*/);
      assert.doesNotMatch(own, /\n\n(?!\[Q\d+)/, 'nothing but the title and the question links');
      assert.match(own, /\[Q\d+: /);
      settings = { hover: { reference: 'on' }, buildkitChecks: 'on' };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await client.diagnostics(uri, execForm(true));
      const full = await hoverText(client, uri, 1, 1);
      assert.ok(full.length > own.length && full.startsWith('**USER**'), full);
    });
  });

  describe('with Container Tools installed', () => {
    const client = neighbourClient({ containerTools: true }, () => ({}));
    const uri = 'untitled:Dockerfile-tools';

    it('runs every rule, still explains findings on hover, and leaves the instruction reference to Container Tools', async () => {
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
      const found = codes(await client.diagnostics(uri, (params) => params.version === 1 && params.diagnostics.length > 0));
      assert.ok(found.includes('dockerfile/prefer-exec-form') && found.includes('dockerfile/prefer-lowercase-stage-name'), found.join(' '));
      const finding = await hoverText(client, uri, 2, 6);
      assert.match(finding, /\*\*dockerfile\/prefer-exec-form\*\* \(warning\)/);
      assert.match(finding, /Q288: How do you implement graceful shutdown/);
      const instruction = await hoverText(client, uri, 1, 1);
      assert.match(instruction, /^\*\*USER\*\*\n\n\[Q\d+: [^\n]*$/, 'the title and the question links only');
    });
  });
});
