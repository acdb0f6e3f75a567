// Drives the VS Code workbench served by code-server in Debian's Chromium.
// Every wait is on a selector or a condition, never a fixed delay.
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { repoRoot } from './codeServer';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without the networking flags Chromium keeps calling home, and this network refuses it. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Generous: the machine has 2 cores, and the extension host is slow to start on it. */
const timeouts = { workbench: 180_000, ui: 30_000, extension: 90_000 };

const selectors = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  activeGroup: '.editor-group-container.active',
  activeEditor: '.editor-group-container.active .editor-container .monaco-editor',
  markersPanel: '.markers-panel',
  markerRow: '.markers-panel .monaco-list-row',
  hover: '.monaco-hover:not(.hidden):not(.workbench-hover) .monaco-hover-content',
  actionRow: '.action-widget .monaco-list-row.action',
  // In the gutter, or (on an indented line) drawn in the indentation as `.lightBulbWidget`.
  lightBulb: '[class*="codicon-gutter-lightbulb"], .lightBulbWidget',
};

/** A fresh Chromium profile under outDir. */
export async function launchBrowser(outDir: string): Promise<BrowserContext> {
  const userDataDir = path.resolve(outDir, 'chromium');
  rmSync(userDataDir, { recursive: true, force: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  // tsx compiles with esbuild's keepNames, which wraps functions sent to page.evaluate in __name().
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}

/** Closes the browser; gives up after 10 s (close() can hang once Chromium was killed under it). */
export async function closeBrowser(context: BrowserContext | undefined): Promise<void> {
  if (!context) return;
  let timer: NodeJS.Timeout | undefined;
  const givenUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, 10_000)));
  await Promise.race([context.close().catch(() => undefined), givenUp]);
  clearTimeout(timer);
}

/** Opens the workbench and waits until the folder shows in the explorer; the page's console goes to consoleLog. */
export async function openWorkbench(context: BrowserContext, workbenchUrl: string, consoleLog?: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  if (consoleLog) {
    mkdirSync(path.dirname(consoleLog), { recursive: true });
    page.on('console', (message) => appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => appendFileSync(consoleLog, `[pageerror] ${error.stack ?? error.message}\n`));
  }
  await page.goto(workbenchUrl, { waitUntil: 'domcontentloaded', timeout: timeouts.workbench });
  await page.locator(selectors.workbench).waitFor({ timeout: timeouts.workbench });
  await page.locator(selectors.explorerRow).first().waitFor({ timeout: timeouts.workbench });
  return page;
}

export function activeEditor(page: Page): Locator {
  return page.locator(selectors.activeEditor).first();
}

/** Opens a file of the workspace by its relative path through Quick Open (Ctrl+P). */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = path.posix.basename(relativePath);
  await page.keyboard.press('Control+P');
  await page.locator(selectors.quickInputBox).waitFor({ timeout: timeouts.ui });
  await page.keyboard.type(relativePath);
  const row = page.locator(selectors.quickInputRow, { hasText: name }).first();
  // File search runs in the extension host, which may still be starting.
  await row.waitFor({ timeout: timeouts.extension });
  await row.click();
  await page.locator(selectors.quickInput).waitFor({ state: 'hidden', timeout: timeouts.ui });
  await page.locator(`${selectors.activeGroup} .tabs-container .tab.active[data-resource-name="${name}"]`).first().waitFor({ timeout: timeouts.ui });
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor({ timeout: timeouts.ui });
}

/**
 * Runs a command from the command palette (F1) by its exact label, e.g. 'View: Toggle Word Wrap'.
 * A command that opens a quick pick of its own reuses the palette's widget: then wait for its empty input.
 */
export async function runCommand(page: Page, label: string, { opensQuickInput = false } = {}): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator(selectors.quickInputBox).waitFor({ timeout: timeouts.ui });
  await page.keyboard.type(label);
  const row = page.locator(selectors.quickInputRow).filter({ has: page.getByText(label, { exact: true }) }).first();
  await row.waitFor({ timeout: timeouts.ui });
  await row.click();
  if (!opensQuickInput) {
    await page.locator(selectors.quickInput).waitFor({ state: 'hidden', timeout: timeouts.ui });
    return;
  }
  await page.waitForFunction(
    (selector) => {
      const input = document.querySelector<HTMLInputElement>(selector);
      return !!input && input.value === '' && !input.closest('.quick-input-widget-closing');
    },
    selectors.quickInputBox,
    { timeout: timeouts.ui },
  );
}

/** Opens the Problems panel (Ctrl+Shift+M). */
export async function openProblems(page: Page): Promise<Locator> {
  const panel = page.locator(selectors.markersPanel);
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ timeout: timeouts.ui });
  return panel;
}

/**
 * Types `text` into the Problems filter and waits until the panel applied it ("Showing n of m"). The
 * filter box can be rendered anew while the panel opens, which drops what was typed: then it types again.
 */
export async function filterProblems(page: Page, text: string): Promise<Locator> {
  await openProblems(page);
  const filter = page.locator('.part.panel .viewpane-filter input').first();
  const applied = page.locator('.part.panel .viewpane-filter', { hasText: /Showing \d+ of \d+/ }).first();
  for (let attempt = 0; attempt < 5; attempt++) {
    await filter.fill(text);
    const shown = await applied.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (shown && (await filter.inputValue()) === text) return filter;
  }
  throw new Error(`the Problems filter did not take ${text}`);
}

/** The Problems panel's marker rows (not the file rows), once at least `atLeast` are shown. */
export async function problemRows(page: Page, atLeast = 1): Promise<Locator[]> {
  await openProblems(page);
  const rows = page.locator(selectors.markerRow).filter({ has: page.locator('.marker-message-details, .marker-icon') });
  await page.waitForFunction(
    ({ selector, count }) =>
      Array.from(document.querySelectorAll(selector)).filter((row) => row.querySelector('.marker-message-details, .marker-icon')).length >= count,
    { selector: selectors.markerRow, count: atLeast },
    { timeout: timeouts.extension },
  );
  return rows.all();
}

/** Waits until Problems shows no finding of `gone` while it still shows one of `kept` (so the panel is live). */
export async function waitForProblemGone(page: Page, gone: string, kept: string): Promise<void> {
  await openProblems(page);
  await page.waitForFunction(
    ({ gone, kept }) => {
      const codes = Array.from(document.querySelectorAll('.markers-panel .marker-code')).map((code) => code.textContent ?? '');
      return !codes.some((code) => code.includes(gone)) && codes.some((code) => code.includes(kept));
    },
    { gone, kept },
    { timeout: timeouts.extension },
  );
}

export interface Problem {
  severity: 'error' | 'warning' | 'info' | 'hint' | string;
  message: string;
  source: string;
  code: string;
  /** The code link's target, as the panel renders it (`command:` URIs come decoded). */
  codeHref: string | null;
  line: number;
  column: number;
  /** The whole row as a person reads it. */
  text: string;
}

/** The Problems rows, read field by field, once at least `atLeast` are shown. */
export async function readProblems(page: Page, atLeast = 1): Promise<Problem[]> {
  const rows = await problemRows(page, atLeast);
  return Promise.all(rows.map((row) => row.evaluate(readProblemRow)));
}

/** Runs in the page on one `.markers-panel .monaco-list-row`. */
function readProblemRow(row: Element): Problem {
  const text = (selector: string): string => row.querySelector(selector)?.textContent?.trim() ?? '';
  const icon = row.querySelector('.marker-icon')?.className ?? '';
  const [, line = '0', column = '0'] = /Ln (\d+), Col (\d+)/.exec(text('.marker-line')) ?? [];
  return {
    severity: ['error', 'warning', 'info', 'hint'].find((name) => icon.includes(name)) ?? icon,
    message: text('.marker-message'),
    source: text('.marker-source'),
    code: text('.marker-code'),
    codeHref: row.querySelector('a.monaco-link')?.getAttribute('href') ?? null,
    line: Number(line),
    column: Number(column),
    text: (row as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim(),
  };
}

export interface TextPosition {
  /** 1-based line; omitted, the first line that contains the token. */
  line?: number;
  /** Which occurrence on that line, 0-based. */
  occurrence?: number;
}

/** Screen coordinates of the middle of `token` in the active editor's rendered lines. */
export async function tokenPoint(page: Page, token: string, where: TextPosition = {}): Promise<{ x: number; y: number }> {
  const editor = activeEditor(page);
  await editor.locator('.view-lines .view-line', { hasText: token }).first().waitFor({ timeout: timeouts.ui });
  const point = await editor.evaluate(findTokenInEditor, { token, line: where.line ?? null, occurrence: where.occurrence ?? 0 });
  if (!point) throw new Error(`"${token}" is not on ${where.line ? `line ${where.line}` : 'any rendered line'} of the editor`);
  return point;
}

/** Runs in the page: finds the token's rectangle through the line-number gutter and a DOM Range. */
function findTokenInEditor(
  editor: Element,
  { token, line, occurrence }: { token: string; line: number | null; occurrence: number },
): { x: number; y: number } | null {
  const topOf = (element: Element): number => parseFloat((element as HTMLElement).style.top);
  const lineNumbers = new Map<number, number>();
  for (const gutter of Array.from(editor.querySelectorAll('.margin-view-overlays > div'))) {
    const number = Number(gutter.querySelector('.line-numbers')?.textContent);
    if (number) lineNumbers.set(topOf(gutter), number);
  }
  const lines = Array.from(editor.querySelectorAll('.view-lines .view-line')).sort((a, b) => topOf(a) - topOf(b));
  for (const viewLine of lines) {
    if (line !== null && lineNumbers.get(topOf(viewLine)) !== line) continue;
    const text = (viewLine.textContent ?? '').replace(/\u00a0/g, ' ');
    let start = -1;
    for (let i = 0; i <= occurrence; i++) {
      start = text.indexOf(token, start + 1);
      if (start < 0) break;
    }
    if (start < 0) continue;
    const range = document.createRange();
    const walker = document.createTreeWalker(viewLine, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (start >= offset && start < offset + length) range.setStart(node, start - offset);
      if (start + token.length > offset && start + token.length <= offset + length) {
        range.setEnd(node, start + token.length - offset);
        break;
      }
      offset += length;
    }
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/** Hovers the token and returns the hover widget's text once it shows `expected` (or anything). */
export async function hoverText(page: Page, token: string, where: TextPosition = {}, expected?: string): Promise<string> {
  const hover = await showHover(page, token, where, expected);
  return normalize(await hover.innerText());
}

/** Moves the mouse onto the token and waits for the editor hover; returns its content locator. */
export async function showHover(page: Page, token: string, where: TextPosition = {}, expected?: string): Promise<Locator> {
  const { x, y } = await tokenPoint(page, token, where);
  await page.mouse.move(0, 0);
  await page.mouse.move(x, y, { steps: 4 });
  const hover = page.locator(selectors.hover, expected ? { hasText: expected } : {}).last();
  await hover.waitFor({ timeout: timeouts.extension });
  return hover;
}

/**
 * The parts of a shown hover (from showHover): VS Code puts the diagnostics at the
 * position first (`.marker`), then each provider's markdown (`.markdown-hover`).
 */
export async function hoverSections(hover: Locator): Promise<{ diagnostics: string[]; markdown: string[] }> {
  const texts = async (selector: string): Promise<string[]> => (await hover.locator(selector).allInnerTexts()).map(normalize);
  return { diagnostics: await texts('.hover-row .marker.hover-contents'), markdown: await texts('.hover-row .markdown-hover') };
}

/** Puts the cursor on the token by clicking it. */
export async function clickToken(page: Page, token: string, where: TextPosition = {}): Promise<void> {
  const { x, y } = await tokenPoint(page, token, where);
  await page.mouse.click(x, y);
}

/** Puts the cursor on the token, opens Quick Fix (Ctrl+.) and chooses the item with this label. */
export async function quickFix(page: Page, token: string, label: string, where: TextPosition = {}): Promise<void> {
  await openQuickFixMenu(page, token, where);
  const item = page.locator(selectors.actionRow, { hasText: label }).first();
  await item.waitFor({ timeout: timeouts.ui });
  await item.click();
  await page.locator(selectors.actionRow).first().waitFor({ state: 'hidden', timeout: timeouts.ui });
}

/** The labels Quick Fix offers on the token; the menu is closed again. */
export async function quickFixLabels(page: Page, token: string, where: TextPosition = {}): Promise<string[]> {
  const rows = await openQuickFixMenu(page, token, where);
  const labels = (await rows.allInnerTexts()).map(normalize);
  await page.keyboard.press('Escape');
  await rows.first().waitFor({ state: 'hidden', timeout: timeouts.ui });
  return labels;
}

/**
 * Clicks the token, waits for the light bulb (the code actions at the cursor are known),
 * then presses Ctrl+. until the menu shows: a press right after the click is sometimes lost.
 */
async function openQuickFixMenu(page: Page, token: string, where: TextPosition): Promise<Locator> {
  await clickToken(page, token, where);
  await activeEditor(page).locator(selectors.lightBulb).first().waitFor({ timeout: timeouts.extension });
  const rows = page.locator(selectors.actionRow);
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await rows.first().waitFor({ timeout: 10_000 });
      return rows;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** The rendered lines of the active editor, top to bottom: the whole text for a file that fits the viewport. */
export async function editorText(page: Page): Promise<string> {
  return activeEditor(page).evaluate((editor) =>
    Array.from(editor.querySelectorAll<HTMLElement>('.view-lines .view-line'))
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

/** Waits until the active editor's rendered lines contain `expected`; returns the text (see editorText). */
export async function waitForEditorText(page: Page, expected: string, timeout = timeouts.ui): Promise<string> {
  await page.waitForFunction(
    ({ selector, expected }) =>
      Array.from(document.querySelectorAll<HTMLElement>(`${selector} .view-lines .view-line`))
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n')
        .includes(expected),
    { selector: selectors.activeEditor, expected },
    { timeout },
  );
  return editorText(page);
}

/** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty; then read the file from disk. */
export async function saveActiveEditor(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator(`${selectors.activeGroup} .tabs-container .tab.active.dirty`).first().waitFor({ state: 'detached', timeout: timeouts.ui });
}

/** Waits for a notification toast containing `text` and returns its text. */
export async function waitForNotification(page: Page, text: string, timeout = timeouts.ui): Promise<string> {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  await toast.waitFor({ timeout });
  return normalize(await toast.innerText());
}

let screenshotCount = 0;

/** Writes test-output/editor/NN-name.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(repoRoot(), 'test-output/editor');
  mkdirSync(dir, { recursive: true });
  screenshotCount += 1;
  const file = path.join(dir, `${String(screenshotCount).padStart(2, '0')}-${slug(name)}.png`);
  await page.screenshot({ path: file });
  return file;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

function normalize(text: string): string {
  return text.replace(/\u00a0/g, ' ').trim();
}
