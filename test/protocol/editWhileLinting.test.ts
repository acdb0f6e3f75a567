import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { targetsByName } from '../../server/src/targets/index';
import { useLspClient } from './lspClient';

/** 20,000 lines: one stage copying 9,998 files, a comment between two COPYs. */
const bigText = ['FROM alpine:3.23', 'WORKDIR /app', ...Array.from({ length: 19_996 }, (_, index) => (index % 2 ? `# step ${index}` : `COPY file${index}.txt ./`)), 'USER 1000', 'CMD ["./run"]'].join('\n') + '\n';

/** 20,000 lines, mostly comments, so that its rules run to the end well within their time budget. */
const quietText = ['FROM alpine:3.23', ...Array.from({ length: 19_998 }, (_, index) => (index % 100 === 50 ? `RUN echo ${index}` : `# note ${index}`)), 'CMD ["echo"]'].join('\n') + '\n';

const replaceLine = (line: number, text: string) => ({ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: `${text}\n` });

describe('requests answered while an edit of a big file is linted', function () {
  this.timeout(120_000);
  const client = useLspClient();

  it('answers a hover on an unchanged line from the last analysis, before the edited version is linted', async () => {
    const uri = 'file:///edits/big/Dockerfile';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text: bigText } });
    await client.diagnostics(uri, (params) => params.version === 1);

    let editedPublished = false;
    const edited = client.diagnostics(uri, (params) => params.version === 2).then(() => (editedPublished = true));
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [replaceLine(10_000, 'COPY other.txt ./')],
    });
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.equal(editedPublished, false, 'the edited version was linted before the hover was answered');
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /^\*\*WORKDIR\*\*/);
    assert.deepEqual(hover?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
    await edited;
  });

  it('lints the last of three quick edits, not the middle one', async () => {
    const uri = 'file:///edits/quiet/Dockerfile';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text: quietText } });
    await client.diagnostics(uri, (params) => params.version === 1);

    const earlier: number[] = [];
    for (const version of [2, 3]) void client.diagnostics(uri, (params) => params.version === version).then(() => earlier.push(version));
    const edits = ['FROM alpine', 'FROM alpine:latest', 'MAINTAINER someone@example.com'];
    for (const [index, text] of edits.entries()) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: index + 2 }, contentChanges: [replaceLine(index === 2 ? 10_000 : 0, text)] });
    }
    const diagnostics = await client.diagnostics(uri, (params) => params.version === 4);
    // The first edit is a lone one, linted at once: it is published only if its lint ends before the next edit comes in.
    assert.deepEqual(earlier.filter((version) => version !== 2), []);

    const lines = quietText.split('\n');
    lines[0] = 'FROM alpine:latest';
    lines[10_000] = 'MAINTAINER someone@example.com';
    const last = TextDocument.create(uri, 'dockerfile', 4, lines.join('\n'));
    const expected = targetsByName.dockerfile.analyse(last, { maxFileSize: 1 << 22 }).result;
    assert.equal(expected.partial, undefined);
    const found = diagnostics.map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line}`).sort();
    assert.deepEqual(found, expected.findings.map((finding) => `${finding.rule.id}@${finding.range.start.line}`).sort());
    assert.ok(found.includes('dockerfile/no-maintainer@10000'), found.join(', '));
  });
});

describe('a pulling client: hovers answered while the pulled report of an edit is linted', function () {
  this.timeout(120_000);
  const client = useLspClient((started) => started.initialize({ questionLinks: 'command' }, { diagnostic: { dynamicRegistration: false } }));

  it('answers the hover first, then the report of the edited version', async () => {
    const uri = 'file:///edits/pulled/Dockerfile';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text: bigText } });
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [replaceLine(10_000, 'MAINTAINER someone@example.com')] });
    const order: string[] = [];
    const report = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }).then((result) => (order.push('report'), result));
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 2 } }).then((result) => (order.push('hover'), result));
    const [pulled, answered] = await Promise.all([report, hover]);
    assert.deepEqual(order, ['hover', 'report']);
    assert.match((answered?.contents as MarkupContent).value, /^\*\*WORKDIR\*\*/);
    assert.equal(pulled.kind, 'full');
    // Of the edited version (the rules of a file this big may run out of time on a busy machine, so not which findings).
    const versions = pulled.kind === 'full' ? pulled.items.flatMap((item) => ((item.data as { version?: number } | undefined)?.version === undefined ? [] : [(item.data as { version: number }).version])) : [];
    assert.ok(versions.length > 0);
    assert.deepEqual(new Set(versions), new Set([2]));
  });
});
