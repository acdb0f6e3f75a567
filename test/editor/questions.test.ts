// A person browses the question bank in the editor: the Questions view, a question rendered in the
// webview, Insert at cursor, related questions with back/forward, a rule's explanation, and the links
// from the Problems panel and the search quick pick, which open the same view and reveal the question.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { plainTitle, QuestionBank, type BankJson, type Question } from '../../common/src/bank';
import type { RulesJson } from '../../common/src/ruleCatalog';
import { readServerLogs, repoRoot } from './codeServer';
import { useEditorSession } from './session';
import { activeEditor, clickToken, openFile, openProblems, problemRows, screenshot, showHover, waitForEditorText } from './workbench';

const bank = JSON.parse(readFileSync(path.join(repoRoot(), 'dist/bank.json'), 'utf8')) as BankJson;
const catalog = JSON.parse(readFileSync(path.join(repoRoot(), 'dist/rules.json'), 'utf8')) as RulesJson;
const question = (id: string): Question => bank.questions.find((entry) => entry.id === id)!;

/** A question with a code block, a related question and a rule that cites it. */
const subject = question('q271');
const related = question(subject.related[0]!);
const citingRule = catalog.rules.find((rule) => rule.questions.includes(subject.id))!;

/** Rows of the Questions view (the Findings by Question view beside it lists questions too). */
const sidebarRow = '.part.sidebar .pane:has(> .pane-header[aria-label^="Questions"]) .monaco-list-row';

/**
 * The question view's document. Webviews are two iframes deep: VS Code's host frame (whose URL names the
 * extension) and, inside it, the frame that holds our HTML; the host swaps that inner frame on every
 * render, and a FrameLocator finds the new one on each use.
 */
function questionView(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview[src*="extensionId=container-coach.container-coach"]').frameLocator('iframe#active-frame');
}

function questionsHeader(page: Page): Locator {
  return page.locator('.part.sidebar .pane-header', { hasText: 'Questions' }).first();
}

async function waitForViewTitle(page: Page, text: string): Promise<void> {
  await questionView(page).locator('#cc-title', { hasText: text }).waitFor({ timeout: 30_000 });
}

/** The editor tab of the question view, by its title (`Q271`, `Open question`, a rule id). */
async function waitForViewTab(page: Page, title: string): Promise<void> {
  await page.locator('.tabs-container .tab', { has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) }).first().waitFor({ timeout: 15_000 });
}

async function waitForSelectedRow(page: Page, text: string): Promise<void> {
  await page.locator(`${sidebarRow}.selected`, { hasText: text }).first().waitFor({ timeout: 15_000 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Clicks the token and presses Ctrl+. until the code action menu lists `label` (a press right after the
 * click is sometimes lost), then chooses it. Waits on the menu, not on the light bulb, whose icon differs
 * when a preferred fix is among the actions.
 */
async function chooseCodeAction(page: Page, token: string, line: number, label: string): Promise<void> {
  await clickToken(page, token, { line });
  const item = page.locator('.action-widget .monaco-list-row.action', { hasText: label }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await item.waitFor({ timeout: 20_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await item.click();
}

/** The first line of the server's logs (our output channel among them) that matches, once it is written. */
async function logLine(userDataDir: string, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = readServerLogs(userDataDir)
      .flatMap((log) => log.text.split('\n'))
      .find((text) => pattern.test(text));
    if (line) return line.trim();
    if (Date.now() > deadline) throw new Error(`no line matching ${pattern} in the server logs within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250)); // poll interval for a log file, not a wait for the UI
  }
}

describe('question bank in the editor', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture: 'test/fixtures/editor-questions' });

  it('activates on a Dockerfile without reading the bank, and reports the activation time', async () => {
    const { page } = session;
    await openFile(page, 'Dockerfile');
    await problemRows(page);
    const line = await logLine(session.server.userDataDir, /Activated in \d+ ms/);
    console.log(`      activation: ${line}`);
    console.log(`      ${await logLine(session.server.userDataDir, /Language server started/)}`);
    assert.match(line, /Activated in \d+ ms .*\(question bank loaded: no\)/);
  });

  it('opens the Questions view and expands a topic', async () => {
    const { page } = session;
    // The item, not its icon: the Findings by Question badge lies over the icon's centre.
    await page.locator('.part.activitybar .action-item:has(> a[aria-label^="Container Coach"])').first().click();
    await page.locator('.part.sidebar .pane-header', { hasText: 'Questions' }).first().waitFor({ timeout: 15_000 });
    const topic = page.locator(sidebarRow, { hasText: subject.topic }).first();
    await topic.waitFor({ timeout: 30_000 });
    await topic.click();
    await page.locator(sidebarRow, { hasText: subject.title }).first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'questions view with a topic expanded');
  });

  it('opens a question from the tree: its title and a highlighted code block, with Copy and Insert at cursor', async () => {
    const { page } = session;
    await openFile(page, 'notes.sh');
    await activeEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.locator(sidebarRow, { hasText: subject.title }).first().click();
    await waitForViewTitle(page, subject.title);
    await waitForViewTab(page, `Q${subject.number}`);
    const view = questionView(page);
    const firstBlock = view.locator('pre.cc-code[data-code-index="0"]');
    await firstBlock.waitFor();
    assert.ok((await firstBlock.innerText()).includes(subject.codeBlocks[0]!.code.split('\n')[0]!));
    await firstBlock.locator(`code.hljs.language-${subject.codeBlocks[0]!.language}`).waitFor();
    await view.locator('button[data-action="copyCode"][data-index="0"]', { hasText: 'Copy' }).waitFor();
    await screenshot(page, `question ${subject.id} in the view`);
  });

  it('inserts a code block at the cursor of the last active editor', async () => {
    const { page } = session;
    await questionView(page).locator('button[data-action="insertCode"][data-index="0"]', { hasText: 'Insert at cursor' }).click();
    const code = subject.codeBlocks[0]!.code;
    const text = await waitForEditorText(page, code.split('\n')[0]!);
    assert.ok(text.startsWith('#!/bin/sh\n# Commands to try:\n'), text);
    await questionView(page).locator('#cc-status', { hasText: 'Inserted into notes.sh.' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'code block inserted into notes.sh');
  });

  it('follows a related-question link, goes back and forward, and the tree follows', async () => {
    const { page } = session;
    const view = questionView(page);
    await view.locator('.cc-related button[data-action="openQuestion"]', { hasText: related.title }).click();
    await waitForViewTitle(page, related.title);
    await waitForViewTab(page, `Q${related.number}`);
    await waitForSelectedRow(page, related.title);
    await screenshot(page, `related question ${related.id}`);
    await view.locator('button[data-action="back"]').click();
    await waitForViewTitle(page, subject.title);
    await waitForSelectedRow(page, subject.title);
    await view.locator('button[data-action="forward"]').click();
    await waitForViewTitle(page, related.title);
    await view.locator('button[data-action="back"]').click();
    await waitForViewTitle(page, subject.title);
  });

  it('shows the explanation of a rule that links to the question', async () => {
    const { page } = session;
    const view = questionView(page);
    await view.locator('.cc-rules button[data-action="openRule"]', { hasText: citingRule.id }).first().click();
    await waitForViewTitle(page, citingRule.id);
    await waitForViewTab(page, citingRule.id);
    await view.locator('.cc-why h2', { hasText: 'Why' }).waitFor();
    await screenshot(page, `rule ${citingRule.id}`);
  });

  it('opens the question of a finding from its code link in Problems, and reveals it in the tree', async () => {
    const { page } = session;
    await openFile(page, 'Dockerfile');
    const panel = await openProblems(page);
    const row = panel.locator('.monaco-list-row', { hasText: 'dockerfile/prefer-exec-form' }).first();
    await row.waitFor({ timeout: 60_000 });
    await row.locator('a.monaco-link').click();
    const q288 = question('q288');
    await waitForViewTitle(page, q288.title);
    await waitForViewTab(page, 'Q288');
    await waitForSelectedRow(page, q288.title);
    await screenshot(page, 'q288 opened from the Problems panel');
  });

  it('finds an open question with Search Questions and opens it', async () => {
    const { page } = session;
    const open = question('followup-1');
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: open.title }).first();
    // A fresh profile's start-up work can take the focus once and close the quick pick: then open it again.
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('F1');
      await page.keyboard.type('Container Coach: Search Questions');
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Container Coach: Search Questions' }).first().click();
      const input = page.locator('.quick-input-widget .quick-input-box input[placeholder^="Words from a title"]');
      try {
        await input.waitFor({ timeout: 15_000 });
        // The quick pick can be inert, then closed, while that work holds the focus: fill fails, try again.
        await input.fill('zero downtime', { timeout: 10_000 });
        await row.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
    await screenshot(page, 'search questions quick pick');
    await row.click();
    await waitForViewTitle(page, open.title);
    await waitForViewTab(page, 'Open question');
    await questionView(page).locator('.cc-own.cc-open-question').waitFor();
  });

  it('opens a question from the link in a finding’s hover', async () => {
    const { page } = session;
    await openFile(page, 'Dockerfile');
    const hover = await showHover(page, 'server.js', { line: 4 }, 'Q288');
    await hover.locator('a', { hasText: 'Q288' }).first().click();
    await waitForViewTitle(page, question('q288').title);
    await waitForViewTab(page, 'Q288');
    await page.keyboard.press('Escape');
  });

  it('opens the question behind a finding from the Explain quick fix', async () => {
    const { page } = session;
    // Away from Q288 first, so that only the quick fix can bring it back.
    await questionView(page).locator('button[data-action="back"]').click();
    await waitForViewTitle(page, question('followup-1').title);
    await openFile(page, 'Dockerfile');
    await chooseCodeAction(page, 'server.js', 4, 'Explain: Q288');
    await waitForViewTitle(page, question('q288').title);
    await waitForViewTab(page, 'Q288');
  });

  it('filters the tree from its title bar and clears the filter again', async () => {
    const { page } = session;
    const words = 'digest';
    const matches = new QuestionBank(bank.questions, bank.topics).search(words).map((match) => match.question);
    const elsewhere = matches.find((entry) => entry.topic !== subject.topic)!;
    // The container has two views: each view's actions are in its header, shown while it is hovered.
    await questionsHeader(page).hover();
    await page.locator('.part.sidebar [aria-label="Filter Questions…"]').click();
    await page.locator('.quick-input-widget .quick-input-box input').waitFor({ timeout: 15_000 });
    await page.keyboard.type(words);
    await page.keyboard.press('Enter');
    await page.locator('.part.sidebar', { hasText: `${matches.length} of ${bank.questions.length} questions match “${words}”` }).waitFor({ timeout: 15_000 });
    // Topics open up to show what matched, also those that were closed.
    await page.locator(sidebarRow, { hasText: plainTitle(elsewhere.title) }).first().waitFor({ timeout: 15_000 });
    const questionRows = page.locator(sidebarRow, { has: page.locator('.codicon-question, .codicon-comment-discussion, .codicon-lightbulb') });
    assert.equal(await questionRows.count(), matches.length);
    await screenshot(page, `questions filtered by ${words}`);
    await questionsHeader(page).hover();
    await page.locator('.part.sidebar [aria-label="Clear Question Filter"]').click();
    await page.locator(sidebarRow, { hasText: 'Development workflow' }).first().waitFor({ timeout: 15_000 });
    await questionsHeader(page).hover();
    await page.locator('.part.sidebar [aria-label="Filter Questions…"]').waitFor({ timeout: 15_000 });
  });

  it('opens a question of ours from a finding’s hover, marked as ours in the link, the view and the tree', async () => {
    const { page } = session;
    const ours = question('cc-package-installs');
    assert.equal(catalog.rules.find((rule) => rule.id === 'dockerfile/require-apk-no-cache')!.questions[0], ours.id);
    await openFile(page, 'Containerfile');
    const label = `Container Coach's own question: ${ours.title}`;
    const hover = await showHover(page, 'add', { line: 2 }, label);
    await hover.locator('a', { hasText: label }).first().click();
    await waitForViewTitle(page, ours.title);
    await waitForViewTab(page, 'Container Coach');
    const view = questionView(page);
    await view.locator('.cc-kicker', { hasText: 'Container Coach · our own question' }).waitFor();
    await view.locator('.cc-own.cc-own-question', { hasText: 'Written by Container Coach' }).waitFor();
    await view.locator('.cc-own.cc-sources li', { hasText: 'docs.docker.com' }).first().waitFor();
    const row = page.locator(`${sidebarRow}.selected`, { hasText: ours.title });
    await row.waitFor({ timeout: 15_000 });
    await row.locator('.codicon-lightbulb').waitFor();
    assert.match((await row.innerText()).replace(/\s+/g, ' '), /Container Coach/);
    await screenshot(page, 'a question of ours opened from a hover');
  });
});
