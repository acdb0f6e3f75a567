import assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, HoverRequest, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { useLspClient } from './lspClient';

const uri = 'file:///workspace/hover/Dockerfile';
const text = '# syntax=docker/dockerfile:1\nFROM node:20 AS build\nRUN --mount=type=cache,target=/root/.npm npm ci\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n';

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
