import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from '../../server/src/analysis';
import { Slice } from '../../server/src/text/nextTurn';

const uri = 'file:///store/Dockerfile';
const text = 'FROM alpine:3.23\nWORKDIR /app\nRUN echo one\nCMD ["sh"]\n';
const edit = (document: TextDocument, line: number, replacement: string) =>
  TextDocument.update(document, [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: `${replacement}\n` }], document.version + 1);

describe('AnalysisStore: requests while a newer version waits for its lint', () => {
  let store: AnalysisStore;
  beforeEach(() => (store = new AnalysisStore(() => ({ maxFileSize: 1 << 20 }), () => undefined)));

  it('answers a line whose text did not change from the last settled analysis, without analysing the new version', async () => {
    const document = TextDocument.create(uri, 'dockerfile', 1, text);
    const settled = await store.settled(document);
    assert.ok(settled.current && settled.analysis);
    edit(document, 2, 'RUN echo two and three');
    assert.equal(store.forLine(document, 1), settled.analysis);
    assert.equal(store.forLine(document, 3), settled.analysis);
    assert.equal(store.peek(document), undefined);
    // The old analysis reads its own version's text, though the editor's document changed in place.
    assert.equal(settled.analysis.document.getText(), text);
    assert.equal(settled.analysis.document.version, 1);
  });

  it('analyses the new version for the changed line, or for a line past the old end', async () => {
    const document = TextDocument.create(uri, 'dockerfile', 1, text);
    const settled = await store.settled(document);
    edit(document, 2, 'RUN echo two');
    const fresh = store.forLine(document, 2);
    assert.notEqual(fresh, settled.current && settled.analysis);
    assert.equal(fresh?.document.version, 2);
    assert.equal(store.forLine(document, 1), settled.current && settled.analysis, 'its rules have not run yet');
    assert.ok(fresh?.result.findings);
    assert.equal(store.forLine(document, 1), fresh, 'once the rules of the current version ran, it answers every line');

    edit(document, 3, 'CMD ["sh"]\nUSER 1000');
    await store.settled(document);
    assert.equal(store.forLine(document, 4)?.document.version, 3);
  });

  it('uses no settled analysis it has not got: a first request analyses', () => {
    const document = TextDocument.create(uri, 'dockerfile', 1, text);
    assert.equal(store.forLine(document, 0)?.document.version, 1);
    assert.equal(store.ifSettled(TextDocument.create(uri, 'dockerfile', 2, text)), undefined);
  });

  it('stops a lint in progress once a newer version supersedes it, and keeps the last settled analysis', async () => {
    const long = TextDocument.create(uri, 'dockerfile', 1, `FROM alpine:3.23\n${'RUN echo step\n'.repeat(3000)}`);
    const first = await store.settled(long);
    assert.ok(first.current);
    edit(long, 1, 'RUN echo changed');
    const second = store.settled(long);
    store.supersede(uri, long.version);
    assert.equal(store.peek(long)?.analysis?.done, false, 'the same version goes on');
    edit(long, 2, 'RUN echo again');
    store.supersede(uri, long.version);
    assert.deepEqual(await second, { current: false });
    assert.equal(store.forLine(long, 0), first.analysis);
  });
});

describe('AnalysisStore: documents analysed one after another share a slice of time', () => {
  /** Whether the event loop took a turn (other messages could be answered) since `mark()`. */
  const turns = () => {
    let turned = false;
    return { mark: () => ((turned = false), setImmediate(() => (turned = true))), get turned() { return turned; } };
  };

  it('takes no turn between small documents until the slice is used up, then two', async () => {
    let now = 0;
    const slice = new Slice(15, () => now);
    const store = new AnalysisStore(() => ({ maxFileSize: 1 << 20 }), () => undefined);
    const loop = turns();
    loop.mark();
    for (const name of ['a', 'b', 'c']) {
      const settled = await store.settled(TextDocument.create(`file:///slice/${name}/Dockerfile`, 'dockerfile', 1, text), slice);
      assert.ok(settled.current && settled.analysis?.done);
    }
    assert.equal(loop.turned, false, 'three small documents within one slice');
    now = 15;
    await store.settled(TextDocument.create('file:///slice/d/Dockerfile', 'dockerfile', 1, text), slice);
    assert.equal(loop.turned, true, 'the slice was used up');
    loop.mark();
    assert.equal(await slice.pause(), false, 'a new slice began');
    assert.equal(loop.turned, false);
  });

  it("runs a document's rules to the end from a used-up slice, after the turns", async () => {
    let now = 0;
    const slice = new Slice(15, () => now);
    const store = new AnalysisStore(() => ({ maxFileSize: 1 << 20, clock: () => now }), () => undefined);
    now = 15;
    const loop = turns();
    loop.mark();
    const settled = await store.settled(TextDocument.create(uri, 'dockerfile', 1, text), slice);
    assert.equal(loop.turned, true, 'the used-up slice paused first');
    assert.ok(settled.current && settled.analysis?.done && settled.analysis.result.findings.length > 0);
  });
});
