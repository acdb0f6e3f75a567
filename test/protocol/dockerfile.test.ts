import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { useLspClient } from './lspClient';

const uri = 'file:///workspace/app/Dockerfile';
const text = 'FROM node:20\nWORKDIR /app\nCMD node server.js\n';
const questionLink = `command:containerCoach.openQuestion?${encodeURIComponent('["q288"]')}`;
const EXEC_FORM = 'dockerfile/prefer-exec-form';
const execForm = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === EXEC_FORM);

function hoverText(contents: unknown): string {
  return (contents as MarkupContent).value;
}

describe('Dockerfile over the protocol', () => {
  const client = useLspClient();

  it('publishes the shell-form CMD finding with its code, source, range and question link', async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'dockerfile', version: 1, text },
    });
    const diagnostics = execForm(await client.diagnostics(uri, (params) => params.version === 1));
    assert.equal(diagnostics.length, 1);
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.code, 'dockerfile/prefer-exec-form');
    assert.equal(diagnostic.source, 'container-coach');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } });
    assert.match(String(diagnostic.message), /PID 1.*SIGTERM/);
    assert.equal(diagnostic.codeDescription?.href, questionLink);
  });

  it('explains the CMD keyword on hover, with the question link', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 1 } });
    assert.ok(hover);
    const value = hoverText(hover.contents);
    assert.match(value, /^\*\*CMD\*\*/);
    assert.match(value, /Exec form/);
    assert.ok(value.includes(`](${questionLink})`), value);
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
  });

  it('leads the hover on the finding with the finding and links the question', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 8 } });
    assert.ok(hover);
    const value = hoverText(hover.contents);
    assert.match(value, /^\*\*dockerfile\/prefer-exec-form\*\* \(warning\): `CMD node server.js` uses shell form/);
    assert.match(value, /Q288: How do you implement graceful shutdown in Docker containers\?/);
    assert.ok(value.includes(`](${questionLink})`));
  });

  it('offers a versioned exec-form fix first, then the explanation; applying it clears the finding', async () => {
    const diagnostics = execForm(await client.diagnostics(uri, (params) => params.version === 1));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Rewrite CMD in exec form',
        `Ignore ${EXEC_FORM} for this instruction`,
        `Ignore ${EXEC_FORM} in this file`,
        'Explain: Q288: How do you implement graceful shutdown in Docker containers?',
      ],
    );
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[3].command, { title: 'Open question', command: 'containerCoach.openQuestion', arguments: ['q288'] });
    const [change] = actions[0].edit!.documentChanges! as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri, version: 1 });

    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, text), change.edits as TextEdit[]);
    assert.equal(fixed, 'FROM node:20\nWORKDIR /app\nCMD ["node", "server.js"]\n');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    assert.deepEqual(execForm(await client.diagnostics(uri, (params) => params.version === 2)), []);

    const stale = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(stale.map((action) => action.title), ['Explain: Q288: How do you implement graceful shutdown in Docker containers?']);
  });

  it('reports an incremental change that brings the finding back', async () => {
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 25 } }, text: 'npm start' }],
    });
    const diagnostics = execForm(await client.diagnostics(uri, (params) => params.version === 3));
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character]), [[EXEC_FORM, 4, 13]]);
  });

  it('clears the diagnostics when the document closes', async () => {
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepEqual(await client.diagnostics(uri, (params) => params.version === undefined), []);
  });

  it('recognises Containerfile and *.Dockerfile names whatever the language id', async () => {
    for (const name of ['Containerfile', 'api.Dockerfile', 'Dockerfile.prod']) {
      const other = `file:///workspace/${name}`;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: other, languageId: 'plaintext', version: 1, text: 'FROM alpine\nENTRYPOINT run\n' },
      });
      const diagnostics = await client.diagnostics(other, (params) => params.version === 1);
      assert.deepEqual(execForm(diagnostics).map((d) => d.code), [EXEC_FORM], name);
    }
  });
});

describe('Dockerfile over the protocol, as another editor', () => {
  const client = useLspClient((lsp) => lsp.initialize({}));

  it('names the question without command links', async () => {
    const other = 'file:///workspace/plain/Dockerfile';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: other, languageId: 'dockerfile', version: 1, text },
    });
    const [diagnostic] = await client.diagnostics(other, (params) => params.version === 1);
    assert.equal(diagnostic.codeDescription, undefined);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 2, character: 8 } });
    const value = hoverText(hover!.contents);
    assert.match(value, /Q288: How do you implement graceful shutdown in Docker containers\?/);
    assert.doesNotMatch(value, /command:/);
  });
});
