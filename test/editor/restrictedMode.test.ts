// Issue 16's promise for Restricted Mode: a folder the user has not trusted still gets its findings,
// since the extension declares `untrustedWorkspaces: { supported: true }` (it runs no workspace code).
import assert from 'node:assert/strict';
import { useEditorSession } from './session';
import { openFile, readProblems, screenshot } from './workbench';

describe('restricted mode: an untrusted folder', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture: 'test/fixtures/editor-foundation', untrusted: true });

  it('opens in Restricted Mode and still shows the exec-form finding', async () => {
    const { page } = session;
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });
    await openFile(page, 'Dockerfile');
    const problems = (await readProblems(page)).filter((problem) => problem.code.includes('prefer-exec-form'));
    await screenshot(page, 'restricted mode problems panel');
    assert.deepEqual(
      problems.map(({ code, line, column }) => ({ code, line, column })),
      [{ code: 'dockerfile/prefer-exec-form', line: 7, column: 5 }],
    );
  });
});
