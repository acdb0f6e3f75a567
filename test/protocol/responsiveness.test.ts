import assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { targetsByName } from '../../server/src/targets/index';
import { useLspClient } from './lspClient';

/**
 * A Compose file whose rules take seconds (thousands of services), far longer than one slice of linting;
 * every rule silenced, so that all of them run to the end rather than stopping at the cap on findings.
 */
const silenced = targetsByName.compose.rules.map((rule) => rule.id).join(',');
const slowText = `# container-coach ignore-file=${silenced}\nservices:\n` + Array.from({ length: 4000 }, (_, index) => `  s${index}:\n    image: registry.example/app:${index}\n    user: "1000"\n`).join('');

describe('serving other documents while one is linted', function () {
  this.timeout(120_000);
  const client = useLspClient();
  const healthy = 'file:///responsive/healthy/Dockerfile';
  const slow = 'file:///responsive/slow/compose.yaml';

  before(async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: healthy, languageId: 'dockerfile', version: 1, text: 'FROM alpine:3.23\nCMD run\n' },
    });
    await client.diagnostics(healthy, (params) => params.version === 1);
  });

  it('answers a hover on another document before the slow document is linted', async () => {
    let slowPublished = false;
    const slowDiagnostics = client.diagnostics(slow, (params) => params.version === 1).then((diagnostics) => {
      slowPublished = true;
      return diagnostics;
    });
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: slow, languageId: 'dockercompose', version: 1, text: slowText } });
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: healthy }, position: { line: 1, character: 1 } });
    assert.equal(slowPublished, false, 'the slow document was linted before the hover was answered');
    assert.match((hover?.contents as MarkupContent).value, /CMD/);

    const diagnostics = await slowDiagnostics;
    // Every finding is silenced; on a busy machine the time budget may end the analysis, and says so.
    assert.deepEqual(diagnostics.filter((diagnostic) => !/^Container Coach analysed this file only in part: its rules took over 2 s/.test(String(diagnostic.message))), []);
    assert.equal(client.exitCode, null);
  });

  it('answers a hover on another document before a Dockerfile with a 40,000-line heredoc is linted', async () => {
    const uri = 'file:///responsive/heredoc/Dockerfile';
    let published = false;
    const diagnostics = client.diagnostics(uri, (params) => params.version === 1).then((each) => {
      published = true;
      return each;
    });
    const text = `FROM debian:12\nRUN <<EOF\n${'apt-get update | cat\n'.repeat(40_000)}EOF\n`;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: healthy }, position: { line: 1, character: 1 } });
    assert.equal(published, false, 'the heredoc was linted before the hover was answered');
    assert.match((hover?.contents as MarkupContent).value, /CMD/);
    // On a busy machine the time budget may end the analysis before the rule that reports them, and says so.
    assert.ok((await diagnostics).some((diagnostic) => diagnostic.code === 'dockerfile/require-apt-list-cleanup' || /^Container Coach analysed this file only in part: its rules took over 2 s/.test(String(diagnostic.message))));
    assert.equal(client.exitCode, null);
  });

  it('sends 1,000 findings and one message for a file of 90,000', async () => {
    const uri = 'file:///responsive/many/compose.yaml';
    const text = `services:\n${Array.from({ length: 11_250 }, (_, index) => `  s${index}: {image: x}\n`).join('')}`;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockercompose', version: 1, text } });
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 1);
    assert.ok(diagnostics.length <= 1001, `${diagnostics.length} diagnostics`);
    assert.match(String(diagnostics[0].message), /^Container Coach analysed this file only in part: (it has over 1,000 findings|its rules took over 2 s)/);
    assert.ok(JSON.stringify(diagnostics).length < 1_000_000);
  });
});
