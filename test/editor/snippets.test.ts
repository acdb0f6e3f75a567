// A person types a snippet prefix, accepts the snippet, and the Problems panel shows nothing of ours for it.
// "Nothing" is only meaningful once the server has answered for the new text: each test then types one
// line that we know is a finding and waits for it, so every other finding of that version would show too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './codeServer';
import { useEditorSession } from './session';
import { activeEditor, openFile, readProblems, runCommand, screenshot, waitForEditorText, type Problem } from './workbench';

const suggestRow = '.editor-widget.suggest-widget.visible .monaco-list-row';

function snippetLines(file: string, name: string): number {
  const snippets = JSON.parse(readFileSync(path.join(repoRoot(), 'snippets', file), 'utf8')) as Record<string, { body: string[] }>;
  return snippets[name].body.length;
}

/** Types `sentinel` on the last line, waits until its finding `code` shows, and returns every finding of ours. */
async function problemsWithSentinel(page: Page, sentinel: string, code: string, line: number): Promise<Problem[]> {
  await activeEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(sentinel);
  await page.waitForFunction(
    ({ code, line }) =>
      Array.from(document.querySelectorAll('.markers-panel .monaco-list-row')).some(
        (row) => row.querySelector('.marker-code')?.textContent?.includes(code) && row.querySelector('.marker-line')?.textContent?.includes(`Ln ${line},`),
      ),
    { code, line },
    { timeout: 60_000 },
  );
  return (await readProblems(page)).filter((problem) => problem.source.includes('container-coach'));
}

describe('snippets in the editor', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture: 'test/fixtures/editor-snippets' });

  it('types cc-node in a Dockerfile, accepts the snippet and gets no finding', async () => {
    const { page } = session;
    await openFile(page, 'Dockerfile');
    const before = await readProblems(page);
    assert.ok(before.some((problem) => problem.code.includes('dockerfile/prefer-exec-form')), JSON.stringify(before));

    await activeEditor(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('cc-node');
    // Ask for suggestions explicitly: quick suggestions may or may not have opened while typing.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Space');
    // Enter accepts the focused suggestion: it must be ours.
    await page.locator(`${suggestRow}.focused`, { hasText: 'cc-node' }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'snippet suggestion cc-node');
    await page.keyboard.press('Enter');
    await waitForEditorText(page, 'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev');
    await page.keyboard.press('Escape');

    const sentinelLine = snippetLines('dockerfile.json', 'Multi-stage Node.js image');
    const problems = await problemsWithSentinel(page, 'MAINTAINER nobody', 'dockerfile/no-maintainer', sentinelLine);
    await screenshot(page, 'cc-node inserted, only the sentinel is reported');
    assert.deepEqual(
      problems.filter((problem) => problem.line !== sentinelLine).map((problem) => `${problem.code} Ln ${problem.line}: ${problem.message}`),
      [],
    );
  });

  it('creates a compose file from the template picker with no finding', async () => {
    const { page } = session;
    await runCommand(page, 'Container Coach: New File from Template…', { opensQuickInput: true });
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ timeout: 15_000 });
    await page.keyboard.type('cc-compose-postgres');
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'App and Postgres with a healthcheck' }).first();
    await row.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await waitForEditorText(page, 'condition: service_healthy');
    await page.keyboard.press('Escape');

    const sentinelLine = snippetLines('compose.json', 'App and Postgres with a healthcheck');
    const problems = await problemsWithSentinel(page, 'sentinel: true', 'compose/no-unknown-top-level-keys', sentinelLine);
    // Problems also lists the Dockerfile of the test before; only the compose file's findings count here.
    assert.deepEqual(
      problems.filter((problem) => problem.code.startsWith('compose/') && problem.line !== sentinelLine).map((problem) => `${problem.code} Ln ${problem.line}: ${problem.message}`),
      [],
    );
  });
});
