// Issue 5's promise for Kubernetes, checked as a person sees it: a finding in the second document of a
// multi-document manifest in Problems, the hover that maps a field to its Docker flag (question 254),
// and the quick fix that removes `hostNetwork: true` and nothing else.
import assert from 'node:assert/strict';
import { useEditorSession } from './session';
import { editorText, openFile, openProblems, quickFix, readProblems, screenshot, showHover, waitForEditorText } from './workbench';

describe('kubernetes: a multi-document manifest in the editor', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture: 'test/fixtures/editor-kubernetes' });

  it('shows the hostNetwork finding of the second document in Problems', async () => {
    const { page } = session;
    await openFile(page, 'k8s/app.yaml');
    const problems = (await readProblems(page)).filter((problem) => problem.code.includes('no-host-network'));
    await screenshot(page, 'kubernetes problems panel');
    assert.deepEqual(
      problems.map(({ code, line, column, severity }) => ({ code, line, column, severity })),
      [{ code: 'kubernetes/no-host-network', line: 13, column: 7, severity: 'error' }],
    );
    assert.match(problems[0].message, /shares the node's network namespace/);
  });

  it('shows the Docker flag and Compose key of capabilities.drop on hover', async () => {
    const { page } = session;
    const hover = await showHover(page, 'drop', { line: 19 }, 'Kubernetes');
    const text = await hover.innerText();
    assert.match(text, /securityContext\.capabilities\.drop \(Kubernetes\)/);
    assert.match(text, /--cap-drop=ALL/);
    assert.match(text, /cap_drop/);
    await screenshot(page, 'kubernetes hover on capabilities.drop');
  });

  it('removes hostNetwork with the quick fix, keeping every other line, and the finding goes away', async () => {
    const { page } = session;
    await openFile(page, 'k8s/app.yaml');
    const before = await editorText(page);
    await quickFix(page, 'hostNetwork', 'Remove `hostNetwork: true`', { line: 13 });
    await waitForEditorText(page, '    spec:\n      containers:');
    const after = await editorText(page);
    assert.equal(after, before.split('\n').filter((line) => !line.includes('hostNetwork')).join('\n'));
    await openProblems(page);
    await page.waitForFunction(
      () => !Array.from(document.querySelectorAll('.markers-panel .marker-code')).some((code) => code.textContent?.includes('no-host-network')),
      undefined,
      { timeout: 60_000 },
    );
    await screenshot(page, 'kubernetes quick fix applied');
  });
});
