import assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { COMPOSE, DOCKERFILE, hoverText, KUBERNETES, openDocument, questionLink } from './documents';
import { useLspClient } from './lspClient';

const uri = 'file:///workspace/hover/Dockerfile';
const text = '# syntax=docker/dockerfile:1\nFROM node:24 AS build\nRUN --mount=type=cache,target=/root/.npm npm ci\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n';

describe('hovers on flags and directives over the protocol', () => {
  const client = useLspClient();

  before(async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    await client.diagnostics(uri, (params) => params.version === 1);
  });

  const hover = async (line: number, character: number) => {
    const result = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
    return result ? { value: (result.contents as MarkupContent).value, range: result.range } : undefined;
  };

  it('explains RUN --mount over the flag, with links to its questions', async () => {
    const result = await hover(2, 8);
    assert.ok(result);
    assert.match(result.value, /^\*\*RUN \\-\\-mount\*\*/);
    assert.match(result.value, /type=cache/);
    assert.ok(result.value.includes(`command:containerCoach.openQuestion?${encodeURIComponent('["q252"]')}`));
    assert.deepEqual(result.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 40 } });
  });

  it('explains COPY --from and the syntax directive', async () => {
    assert.match((await hover(4, 7))?.value ?? '', /^\*\*COPY \\-\\-from\*\*/);
    assert.match((await hover(0, 3))?.value ?? '', /Dockerfile frontend/);
  });
});

describe('textDocument/hover on keywords, keys and findings', () => {
  const client = useLspClient();

  before(async () => {
    for (const document of [DOCKERFILE, COMPOSE, KUBERNETES]) await openDocument(client, document);
  });

  const hoverAt = (uri: string, line: number, character: number) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });

  it('explains the CMD keyword on hover, with the question link', async () => {
    const hover = await hoverAt(DOCKERFILE.uri, 2, 1);
    assert.ok(hover);
    const value = hoverText(hover.contents);
    assert.match(value, /^\*\*CMD\*\*/);
    assert.match(value, /Exec form/);
    assert.ok(value.includes(`](${questionLink('q288')})`), value);
    assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
  });

  it('leads the hover on the Dockerfile finding with the finding and links the question', async () => {
    const hover = await hoverAt(DOCKERFILE.uri, 2, 8);
    assert.ok(hover);
    const value = hoverText(hover.contents);
    assert.match(value, /^\*\*dockerfile\/prefer-exec-form\*\* \(warning\): `CMD node server.js` uses shell form/);
    assert.match(value, /Q288: How do you implement graceful shutdown in Docker containers\?/);
    assert.ok(value.includes(`](${questionLink('q288')})`));
  });

  it('explains cap_drop with its Kubernetes field on hover', async () => {
    const hover = await hoverAt(COMPOSE.uri, 4, 6);
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*cap\\_drop\*\* \(Compose\)/);
    assert.match(value, /`securityContext\.capabilities\.drop: \[ALL\]`/);
    assert.ok(value.includes(`](${questionLink('q254')})`), value);
    assert.deepEqual(hover.range, { start: { line: 4, character: 4 }, end: { line: 4, character: 12 } });
  });

  it('leads the hover on the Compose finding with the finding, then the key', async () => {
    const hover = await hoverAt(COMPOSE.uri, 3, 6);
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /^\*\*compose\/no-privileged\*\* \(error\)/);
    assert.match(value, /\*\*privileged\*\* \(Compose\)/);
  });

  it('shows the Docker flag of capabilities.drop on hover (question 254)', async () => {
    const hover = await hoverAt(KUBERNETES.uri, 29, 16);
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*securityContext\\\.capabilities\\\.drop\*\* \(Kubernetes\)/);
    assert.match(value, /`--cap-drop=ALL`/);
    assert.match(value, /`cap_drop`/);
    assert.ok(value.includes(`](${questionLink('q254')})`), value);
    assert.deepEqual(hover.range, { start: { line: 29, character: 14 }, end: { line: 29, character: 18 } });
  });

  it('leads the hover on the Kubernetes finding with the finding, then the key', async () => {
    const hover = await hoverAt(KUBERNETES.uri, 23, 8);
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /^\*\*kubernetes\/no-host-network\*\* \(error\)/);
    assert.match(value, /\*\*hostNetwork\*\* \(Kubernetes\)[\s\S]*`--network host`/);
  });
});

describe('textDocument/hover and diagnostics, as another editor', () => {
  const client = useLspClient((lsp) => lsp.initialize({}));

  it('names the question without command links', async () => {
    const other = 'file:///workspace/plain/Dockerfile';
    const [diagnostic] = await openDocument(client, { ...DOCKERFILE, uri: other });
    assert.equal(diagnostic.codeDescription, undefined);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 2, character: 8 } });
    const value = hoverText(hover!.contents);
    assert.match(value, /Q288: How do you implement graceful shutdown in Docker containers\?/);
    assert.doesNotMatch(value, /command:/);
  });
});
