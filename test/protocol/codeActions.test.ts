import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

const uri = 'file:///workspace/actions/Dockerfile';
const text = '# syntax=docker/dockerfile:1\nFROM node:20 as Build\nENV NODE_ENV production\nEXPOSE 3000/TCP\nCMD node server.js\n';

function editOf(action: CodeAction): { version: number; edits: TextEdit[] } {
  const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
  return { version: change.textDocument.version!, edits: change.edits as TextEdit[] };
}

function apply(source: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, source), editOf(action).edits);
}

describe('code actions over the protocol', () => {
  let client: LspClient;
  let diagnostics: Diagnostic[];

  before(async () => {
    client = new LspClient();
    await client.initialize();
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
  });

  after(() => client.stop());

  const actionsFor = async (code: string, only?: string[]) => {
    const own = diagnostics.filter((diagnostic) => diagnostic.code === code);
    return (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: own[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: own, ...(only ? { only } : {}) },
    })) as CodeAction[];
  };

  it('orders fix, ignore for this instruction, fix all, ignore in this file, explain', async () => {
    const actions = await actionsFor('dockerfile/prefer-env-key-value');
    assert.deepEqual(
      actions.slice(0, 4).map((action) => [action.title, action.kind]),
      [
        ['Write NODE_ENV=…', 'quickfix'],
        ['Ignore dockerfile/prefer-env-key-value for this instruction', 'quickfix'],
        ['Fix all Container Coach problems', 'quickfix'],
        ['Ignore dockerfile/prefer-env-key-value in this file', 'quickfix'],
      ],
    );
    assert.equal(actions[4].title, "Explain: Container Coach's own question: How do `ARG` and `ENV` variables work in `FROM` and in later instructions?");
    assert.equal(actions.length, 5);
    assert.ok(actions.slice(0, 4).every((action) => editOf(action).version === 1));
  });

  it('inserts the line form above the instruction and the file form after the parser directives', async () => {
    const actions = await actionsFor('dockerfile/prefer-lowercase-expose-protocol');
    const line = actions.find((action) => action.title.endsWith('for this instruction'))!;
    const file = actions.find((action) => action.title.endsWith('in this file'))!;
    const withLine = apply(text, line);
    assert.equal(withLine, text.replace('EXPOSE', '# container-coach ignore=dockerfile/prefer-lowercase-expose-protocol\nEXPOSE'));
    const withFile = apply(text, file);
    assert.equal(withFile, text.replace('FROM', '# container-coach ignore-file=dockerfile/prefer-lowercase-expose-protocol\nFROM'));

    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: withFile }] });
    const after = await client.diagnostics(uri, (params) => params.version === 2);
    assert.ok(!after.some((diagnostic) => diagnostic.code === 'dockerfile/prefer-lowercase-expose-protocol'));
    assert.ok(after.some((diagnostic) => diagnostic.code === 'dockerfile/prefer-env-key-value'));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
    diagnostics = await client.diagnostics(uri, (params) => params.version === 3);
  });

  it('applies every non-overlapping fix in one versioned edit as source.fixAll.containerCoach', async () => {
    const actions = await actionsFor('dockerfile/prefer-env-key-value', ['source.fixAll']);
    assert.deepEqual(actions.map((action) => [action.title, action.kind]), [['Fix all Container Coach problems', 'source.fixAll.containerCoach']]);
    assert.equal(editOf(actions[0]).version, 3);
    const fixed = apply(text, actions[0]);
    assert.equal(
      fixed,
      '# syntax=docker/dockerfile:1\nFROM node:20 AS build\nENV NODE_ENV=production\nEXPOSE 3000/tcp\nCMD ["node", "server.js"]\n',
    );
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 4 }, contentChanges: [{ text: fixed }] });
    const remaining = await client.diagnostics(uri, (params) => params.version === 4);
    // What is left offers only templates for a person to adapt (USER, HEALTHCHECK), never applied unattended.
    const leftFixes = remaining.flatMap((diagnostic) => (diagnostic.data as { fixes: { suggestion?: boolean }[] }).fixes ?? []);
    assert.ok(leftFixes.length > 0 && leftFixes.every((fix) => fix.suggestion), JSON.stringify(remaining.map((d) => d.code)));
  });

  it('offers no source action when nothing is fixable, and no quick fixes when only source actions are asked', async () => {
    const clean = 'file:///workspace/actions/clean/Dockerfile';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: clean, languageId: 'dockerfile', version: 1, text: 'FROM node:20\nCMD ["node", "server.js"]\n' },
    });
    await client.diagnostics(clean, (params) => params.version === 1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: clean },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.ok(actions.every((action) => action.kind !== 'quickfix'));
  });
});
