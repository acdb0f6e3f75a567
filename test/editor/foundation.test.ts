// Issue 2's promise, checked as a person sees it: the shell-form CMD finding in Problems, the hovers,
// the question opened from the hover link, and the quick fix rewriting the line.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useEditorSession } from './session';
import { hoverSections, openFile, quickFix, readProblems, screenshot, showHover, waitForEditorText } from './workbench';

/** The text of the question webview once it shows `expected` (webviews live in two nested iframes). */
async function questionViewText(page: Page, expected: string): Promise<string> {
  const body = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('body', { hasText: expected });
  await body.waitFor({ timeout: 60_000 });
  return body.innerText();
}

describe('foundation: the exec-form finding in the editor', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture: 'test/fixtures/editor-foundation' });

  it('shows the finding in the Problems panel with its code, source and position', async () => {
    const { page } = session;
    await openFile(page, 'Dockerfile');
    await screenshot(page, 'foundation Dockerfile opened');
    const problems = (await readProblems(page)).filter((problem) => problem.code.includes('prefer-exec-form'));
    await screenshot(page, 'foundation problems panel');
    assert.deepEqual(
      problems.map(({ code, line, column, severity }) => ({ code, line, column, severity })),
      [{ code: 'dockerfile/prefer-exec-form', line: 7, column: 5, severity: 'warning' }],
    );
    assert.match(problems[0].message, /`CMD node server\.js` uses shell form.*PID 1.*SIGTERM/);
  });

  it('explains CMD on hover, and the finding with its question', async () => {
    const { page } = session;
    const keyword = await showHover(page, 'CMD', { line: 7 }, 'Exec form');
    assert.match(await keyword.innerText(), /CMD[\s\S]*Exec form[\s\S]*Q288: How do you implement graceful shutdown/);
    await screenshot(page, 'foundation hover on CMD');
    // The diagnostics row names the code too and shows first: wait for our markdown, which adds the severity.
    const finding = await showHover(page, 'server.js', { line: 7 }, 'prefer-exec-form (warning)');
    const { diagnostics, markdown } = await hoverSections(finding);
    assert.ok(diagnostics.some((text) => text.includes('uses shell form')), JSON.stringify(diagnostics));
    const ours = markdown.find((text) => text.includes('prefer-exec-form'));
    assert.ok(ours, JSON.stringify(markdown));
    assert.match(ours, /^dockerfile\/prefer-exec-form \(warning\)/);
    assert.match(ours, /Q288: How do you implement graceful shutdown in Docker containers\?/);
    await screenshot(page, 'foundation hover on the finding');
  });

  it('opens question 288 inside the editor from the hover link', async () => {
    const { page } = session;
    const hover = await showHover(page, 'server.js', { line: 7 }, 'prefer-exec-form');
    await hover.locator('a', { hasText: 'Q288: How do you implement graceful shutdown' }).first().click();
    await page.locator('.tabs-container .tab', { hasText: 'Q288' }).first().waitFor({ timeout: 60_000 });
    const text = await questionViewText(page, 'graceful shutdown');
    assert.match(text, /How do you implement graceful shutdown in Docker containers\?/);
    assert.match(text, /SIGTERM/);
    await screenshot(page, 'foundation question 288 opened from the hover');
  });

  it('rewrites the CMD to exec form with the quick fix, and the finding goes away', async () => {
    const { page } = session;
    await openFile(page, 'Dockerfile');
    await quickFix(page, 'server.js', 'Rewrite CMD in exec form', { line: 7 });
    const text = await waitForEditorText(page, 'CMD ["node", "server.js"]');
    assert.equal(text.split('\n')[6], 'CMD ["node", "server.js"]');
    assert.equal(text.split('\n')[5], 'USER node');
    await page.waitForFunction(
      () => !Array.from(document.querySelectorAll('.markers-panel .marker-code')).some((code) => code.textContent?.includes('prefer-exec-form')),
      undefined,
      { timeout: 60_000 },
    );
    await screenshot(page, 'foundation quick fix applied');
  });
});
