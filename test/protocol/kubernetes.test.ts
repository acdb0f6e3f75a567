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

const uri = 'file:///workspace/shop/k8s/app.yaml';
const text = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: api',
  'spec:',
  '  selector:',
  '    app: api',
  '  ports:',
  '    - port: 80',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: api',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: api',
  '    spec:',
  '      hostNetwork: true # debugging, remove me',
  '      containers:',
  '        - name: api',
  '          image: "registry.example.com/api:2.4.1"',
  '          securityContext:',
  '            capabilities:',
  "              drop: ['ALL']",
  '',
].join('\r\n');
const questionLink = `command:containerCoach.openQuestion?${encodeURIComponent('["q254"]')}`;

describe('Kubernetes over the protocol', () => {
  let client: LspClient;

  before(async () => {
    client = new LspClient();
    await client.initialize();
  });

  after(() => client.stop());

  it('publishes the hostNetwork finding of the second document with its exact range and question link (CRLF)', async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    const hostNetwork = diagnostics.find((diagnostic) => diagnostic.code === 'kubernetes/no-host-network');
    assert.ok(hostNetwork, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(hostNetwork.source, 'container-coach');
    assert.equal(hostNetwork.severity, DiagnosticSeverity.Error);
    assert.deepEqual(hostNetwork.range, { start: { line: 23, character: 6 }, end: { line: 23, character: 23 } });
    assert.equal(hostNetwork.codeDescription?.href, questionLink);
    assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'kubernetes/require-drop-all-capabilities').length, 0);
  });

  it('shows the Docker flag of capabilities.drop on hover (question 254)', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 29, character: 16 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*securityContext\\\.capabilities\\\.drop\*\* \(Kubernetes\)/);
    assert.match(value, /`--cap-drop=ALL`/);
    assert.match(value, /`cap_drop`/);
    assert.ok(value.includes(`](${questionLink})`), value);
    assert.deepEqual(hover.range, { start: { line: 29, character: 14 }, end: { line: 29, character: 18 } });
  });

  it('leads the hover on the finding with the finding, then the key', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 23, character: 8 } });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /^\*\*kubernetes\/no-host-network\*\* \(error\)/);
    assert.match(value, /\*\*hostNetwork\*\* \(Kubernetes\)[\s\S]*`--network host`/);
  });

  it('removes the hostNetwork line with its CRLF and comment; the rest of the file is untouched and the finding goes away', async () => {
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    const hostNetwork = diagnostics.filter((diagnostic) => diagnostic.code === 'kubernetes/no-host-network');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: hostNetwork[0].range,
      context: { diagnostics: hostNetwork },
    })) as CodeAction[];
    assert.equal(actions[0].title, 'Remove `hostNetwork: true`');
    assert.equal(actions[0].isPreferred, false, 'an unsafe fix (it changes what runs) is never the preferred one');
    const [change] = actions[0].edit!.documentChanges! as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), change.edits as TextEdit[]);
    assert.equal(fixed, text.replace('      hostNetwork: true # debugging, remove me\r\n', ''));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.diagnostics(uri, (params) => params.version === 2);
    assert.deepEqual(after.filter((diagnostic) => diagnostic.code === 'kubernetes/no-host-network'), []);
    assert.ok(after.some((diagnostic) => diagnostic.code === 'kubernetes/require-read-only-root-filesystem'));
  });
});
