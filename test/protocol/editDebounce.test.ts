import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { useLspClient } from './lspClient';

const replaceLine = (line: number, text: string) => ({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: `${text}\n` });

/** Ten minutes: a lint that waited for the delay would not come within the test's time. */
const LONG_DELAY_MS = 600_000;

describe('a lone edit linted without the delay, a burst of edits once it is over', function () {
  const client = useLspClient((started) => started.initialize({ questionLinks: 'command', validationDelayMs: LONG_DELAY_MS }));
  const uri = 'file:///debounce/Dockerfile';
  const change = (version: number, line: number, text: string) =>
    client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [replaceLine(line, text)] });
  const codes = (version: number) => client.publications.filter((params) => params.uri === uri && params.version === version).map((params) => params.diagnostics.map((diagnostic) => String(diagnostic.code)));

  /** Opens the document at `version`, waits for its diagnostics, then edits it once: the codes published for that edit. */
  async function openThenEdit(version: number): Promise<string[]> {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'dockerfile', version, text: 'FROM alpine:3.23\nUSER 1000\nCMD ["sh"]\n' },
    });
    await client.diagnostics(uri, (params) => params.version === version);
    await change(version + 1, 1, 'MAINTAINER someone@example.com');
    const diagnostics = await client.diagnostics(uri, (params) => params.version === version + 1);
    return diagnostics.map((diagnostic) => String(diagnostic.code));
  }

  it('lints a lone edit without waiting for the delay', async () => {
    const found = await openThenEdit(1);
    assert.ok(found.includes('dockerfile/no-maintainer'), found.join(', '));
  });

  it('does not lint the edits that follow it within the delay before the burst is over', async () => {
    await change(3, 1, 'USER 1000');
    await change(4, 1, 'MAINTAINER other@example.com');
    // Closing drops the lint still waiting and publishes the closed document's (empty) findings.
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await client.diagnostics(uri, (params) => params.version === undefined);
    assert.deepEqual(codes(3), []);
    assert.deepEqual(codes(4), []);
    const last = client.publications.filter((params) => params.uri === uri).at(-1);
    assert.deepEqual(last, { uri, diagnostics: [] });
  });

  it('lints the first edit after a reopen at once', async () => {
    const found = await openThenEdit(5);
    assert.ok(found.includes('dockerfile/no-maintainer'), found.join(', '));
  });
});
