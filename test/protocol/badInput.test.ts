import assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol/node';
import { useLspClient } from './lspClient';

function binaryJunk(length: number): string {
  let state = 42;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(state % 256);
  }
  return text;
}

const hostile: Record<string, string> = {
  'binary junk': binaryJunk(64 * 1024),
  '10 MB Dockerfile': 'FROM alpine\n' + 'RUN echo "a fairly ordinary line of a very large file"\n'.repeat(200_000),
  'unterminated heredoc': 'FROM alpine\nRUN <<EOF\necho never closed\nCMD node server.js\n',
  'unterminated heredoc at end of file': 'FROM alpine\nRUN <<EOF',
  'endless continuation': 'FROM alpine\nCMD ' + 'x \\\n'.repeat(20_000),
  'one 500 KB line': 'FROM alpine\nCMD ' + 'a'.repeat(500_000) + '\n',
  'only escapes': '\\'.repeat(100_000),
  'unbalanced brackets': 'FROM alpine\nCMD [[[[["' + '['.repeat(10_000) + '\n',
};

describe('hostile input over the protocol', () => {
  const client = useLspClient();

  for (const [name, text] of Object.entries(hostile)) {
    it(`survives ${name} and keeps serving other documents`, async () => {
      const uri = `file:///hostile/${encodeURIComponent(name)}/Dockerfile`;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'dockerfile', version: 1, text },
      });
      const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
      assert.ok(Array.isArray(diagnostics));

      const healthy = `file:///healthy/${encodeURIComponent(name)}/Dockerfile`;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: healthy, languageId: 'dockerfile', version: 1, text: 'FROM alpine\nCMD run\n' },
      });
      const healthyDiagnostics = await client.diagnostics(healthy, (params) => params.version === 1);
      assert.equal(healthyDiagnostics.filter((diagnostic) => diagnostic.code === 'dockerfile/prefer-exec-form').length, 1);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: healthy }, position: { line: 1, character: 1 } });
      assert.ok(hover);
      assert.equal(client.exitCode, null);
    });
  }

  it('says why it skipped a binary file', async () => {
    const uri = 'file:///hostile/binary%20junk/Dockerfile';
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    assert.equal(diagnostics.length, 1);
    assert.match(String(diagnostics[0].message), /skipped this file: it looks binary/);
  });

  it('says why it skipped a file over the size limit', async () => {
    const uri = `file:///hostile/${encodeURIComponent('10 MB Dockerfile')}/Dockerfile`;
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    assert.equal(diagnostics.length, 1);
    assert.match(String(diagnostics[0].message), /skipped this file: it is 10\.5 MB, over the 1\.0 MB limit/);
  });

  it('still lints the command after an unterminated heredoc as the builder reads it', async () => {
    const uri = `file:///hostile/${encodeURIComponent('unterminated heredoc')}/Dockerfile`;
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.code === 'dockerfile/prefer-exec-form'), []);
  });
});
