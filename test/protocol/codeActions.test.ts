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
import { COMPOSE, DOCKERFILE, KUBERNETES, openDocument } from './documents';
import { useLspClient } from './lspClient';

const uri = 'file:///workspace/actions/Dockerfile';
const text = '# syntax=docker/dockerfile:1\nFROM node:24 as Build\nENV NODE_ENV production\nEXPOSE 3000/TCP\nCMD node server.js\n';

function editOf(action: CodeAction): { version: number; edits: TextEdit[] } {
  const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
  return { version: change.textDocument.version!, edits: change.edits as TextEdit[] };
}

function apply(source: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'dockerfile', 1, source), editOf(action).edits);
}

describe('code actions over the protocol', () => {
  const client = useLspClient();
  let diagnostics: Diagnostic[];

  before(async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
  });

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
      '# syntax=docker/dockerfile:1\nFROM node:24 AS build\nENV NODE_ENV=production\nEXPOSE 3000/tcp\nCMD ["node", "server.js"]\n',
    );
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 4 }, contentChanges: [{ text: fixed }] });
    const remaining = await client.diagnostics(uri, (params) => params.version === 4);
    // What is left offers only unsafe fixes (a USER, a HEALTHCHECK template) for a person to decide on.
    const leftFixes = remaining.flatMap((diagnostic) => (diagnostic.data as { fixes: { safety: string }[] }).fixes ?? []);
    assert.ok(leftFixes.length > 0 && leftFixes.every((fix) => fix.safety === 'unsafe'), JSON.stringify(remaining.map((d) => d.code)));
  });

  it('offers no source action when nothing is fixable, and no quick fixes when only source actions are asked', async () => {
    const clean = 'file:///workspace/actions/clean/Dockerfile';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: clean, languageId: 'dockerfile', version: 1, text: 'FROM node:24\nCMD ["node", "server.js"]\n' },
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

describe('textDocument/codeAction: the fix of a finding, applied', () => {
  const client = useLspClient();
  const EXEC_FORM = 'dockerfile/prefer-exec-form';
  const execForm = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === EXEC_FORM);

  it('offers a versioned exec-form fix first, then the explanation; applying it clears the finding', async () => {
    const { uri, text } = DOCKERFILE;
    const diagnostics = execForm(await openDocument(client, DOCKERFILE));
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
    assert.equal(fixed, 'FROM node:24\nWORKDIR /app\nCMD ["node", "server.js"]\n');
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

  it('removes the privileged line with its CRLF and comment; the finding goes away', async () => {
    const { uri, text } = COMPOSE;
    const diagnostics = await openDocument(client, COMPOSE);
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

  it('removes the hostNetwork line with its CRLF and comment; the rest of the file is untouched and the finding goes away', async () => {
    const { uri, text } = KUBERNETES;
    const diagnostics = await openDocument(client, KUBERNETES);
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
