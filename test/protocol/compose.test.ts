import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  type CodeAction,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

const uri = 'file:///workspace/shop/compose.yaml';
const text = [
  'services:',
  '  web:',
  '    image: nginx:1.27.2@sha256:0c5d4b2a5e1f6a3b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b',
  '    privileged: true  # needed?',
  '    cap_drop: [ALL]',
  '',
].join('\r\n');
const questionLink = `command:containerCoach.openQuestion?${encodeURIComponent('["q254"]')}`;

describe('Compose over the protocol', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });

  after(() => client.stop());

  it('publishes the privileged finding with its exact range and question link in a CRLF file', async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    const privileged = diagnostics.find((diagnostic) => diagnostic.code === 'compose/no-privileged');
    assert.ok(privileged, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(privileged.source, 'container-coach');
    assert.equal(privileged.severity, DiagnosticSeverity.Error);
    assert.deepEqual(privileged.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } });
    assert.match(String(privileged.message), /`web` runs privileged/);
    assert.equal(privileged.codeDescription?.href, questionLink);
  });

  it('explains cap_drop with its Kubernetes field on hover', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 6 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*cap\\_drop\*\* \(Compose\)/);
    assert.match(value, /`securityContext\.capabilities\.drop: \[ALL\]`/);
    assert.ok(value.includes(`](${questionLink})`), value);
    assert.deepEqual(hover.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 12 } });
  });

  it('leads the hover on the finding with the finding, then the key', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 6 } });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /^\*\*compose\/no-privileged\*\* \(error\)/);
    assert.match(value, /\*\*privileged\*\* \(Compose\)/);
  });

  it('removes the privileged line with its CRLF and comment; the finding goes away', async () => {
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    const privileged = diagnostics.filter((diagnostic) => diagnostic.code === 'compose/no-privileged');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: privileged[0].range,
      context: { diagnostics: privileged },
    })) as CodeAction[];
    assert.equal(actions[0].title, 'Remove `privileged: true`');
    assert.equal(actions[0].isPreferred, false, 'an unsafe fix (it changes what runs) is never the preferred one');
    const [change] = actions[0].edit!.documentChanges! as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), change.edits as TextEdit[]);
    assert.equal(fixed, text.replace('    privileged: true  # needed?\r\n', ''));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.diagnostics(uri, (params) => params.version === 2);
    assert.deepEqual(after.filter((diagnostic) => diagnostic.code === 'compose/no-privileged'), []);
  });

  it('skips a Helm template with one information message', async () => {
    const helm = 'file:///workspace/chart/templates/deployment.yaml';
    const template = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  replicas: {{ .Values.replicas }}\n';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: helm, languageId: 'yaml', version: 1, text: template } });
    const diagnostics = await client.diagnostics(helm, (params) => params.version === 1);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(String(diagnostics[0].message), /Helm template/);
  });

  it('clears the findings of a YAML file that stops being a compose file', async () => {
    const stack = 'file:///workspace/deploy/stack.yml';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: stack, languageId: 'yaml', version: 1, text: 'services:\n  web:\n    image: nginx\n' },
    });
    assert.ok((await client.diagnostics(stack, (params) => params.version === 1)).some((d) => d.code === 'compose/no-latest-image'));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: stack, version: 2 },
      contentChanges: [{ text: 'settings:\n  web:\n    image: nginx\n' }],
    });
    assert.deepEqual(await client.diagnostics(stack, (params) => params.version === 2), []);
  });

  it('leaves other YAML alone', async () => {
    const workflow = 'file:///workspace/.github/workflows/ci.yml';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: workflow, languageId: 'yaml', version: 1, text: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres\n' },
    });
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: workflow }, position: { line: 4, character: 6 } });
    assert.equal(hover, null);
  });
});
