// Issue 5's promise for Compose, as a person sees it: the `privileged: true` finding in Problems, its
// hover, and the quick fix that removes that one line and leaves every comment, indentation and quote
// of the rest byte for byte, on screen and on disk.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './codeServer';
import { useEditorSession } from './session';
import { editorText, openFile, quickFix, readProblems, saveActiveEditor, screenshot, showHover, waitForEditorText, waitForProblemGone } from './workbench';

const fixture = 'test/fixtures/editor-compose';

describe('compose: the privileged finding in the editor', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture });
  const original = readFileSync(path.join(repoRoot(), fixture, 'compose.yaml'), 'utf8');

  it('shows privileged: true as an error in Problems', async () => {
    const { page } = session;
    await openFile(page, 'compose.yaml');
    const problems = (await readProblems(page)).filter((problem) => problem.code.includes('no-privileged'));
    await screenshot(page, 'compose problems panel');
    assert.deepEqual(
      problems.map(({ code, line, column, severity }) => ({ code, line, column, severity })),
      [{ code: 'compose/no-privileged', line: 6, column: 9, severity: 'error' }],
    );
    assert.match(problems[0].message, /Service `agent` runs privileged/);
  });

  it('leads the hover on privileged with the finding, then explains the key', async () => {
    const { page } = session;
    // The widget starts with the editor's own part for the diagnostic, then ours.
    const text = await (await showHover(page, 'privileged', { line: 6 }, 'privileged (Compose)')).innerText();
    const finding = text.search(/^compose\/no-privileged \(error\): Service agent runs privileged/m);
    const key = text.search(/^privileged \(Compose\)$/m);
    assert.ok(finding >= 0 && key > finding, `the finding, then the key's explanation:\n${text}`);
    assert.match(text, /It is securityContext\.privileged in Kubernetes/);
    assert.match(text.slice(key), /like docker run --privileged/);
    assert.match(text.slice(key), /^--privileged\tprivileged\tsecurityContext\.privileged: true$/m);
    assert.match(text.slice(key), /Q254: How do Docker security contexts compare to Kubernetes security contexts\?/);
    await screenshot(page, 'compose hover on privileged');
  });

  it('removes privileged: true with the quick fix and keeps every other line as it was', async () => {
    const { page } = session;
    const before = await editorText(page);
    assert.equal(before, original);
    await quickFix(page, 'privileged', 'Remove `privileged: true`', { line: 6 });
    const expected = original.replace('        privileged: true\n', '');
    assert.notEqual(expected, original);
    assert.equal(await waitForEditorText(page, 'only.\n        devices:'), expected);
    await waitForProblemGone(page, 'no-privileged', 'require-user');
    await screenshot(page, 'compose quick fix applied');
    await saveActiveEditor(page);
    assert.equal(readFileSync(path.join(session.workspace, 'compose.yaml'), 'utf8'), expected);
  });
});
