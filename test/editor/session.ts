// One code-server, one Chromium and one workbench page per `describe`, with
// mocha hooks that stop them all, also when a test fails, and keep evidence.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { readServerLogs, repoRoot, startCodeServer, type CodeServer } from './codeServer';
import { closeBrowser, launchBrowser, openWorkbench, screenshot, slug } from './workbench';

export interface EditorSessionOptions {
  /** Folder copied into a fresh workspace for the suite (tests may edit and save files). */
  fixture: string;
  /** Defaults to container-coach.vsix at the repository root, written by `npm run package`. */
  vsix?: string;
  settings?: Record<string, unknown>;
  /** Open the workspace in Restricted Mode. */
  untrusted?: boolean;
  /**
   * Copy the fixture to a temporary folder outside this repository, whose `.gitignore` (test-output/) would
   * otherwise hide every file of the workspace from file searches and from the server's workspace index.
   */
  outsideRepository?: boolean;
}

export interface EditorSession {
  readonly page: Page;
  readonly server: CodeServer;
  /** Absolute path of the suite's copy of the fixture. */
  readonly workspace: string;
  readonly outDir: string;
}

/** Call inside `describe`: registers before/afterEach/after hooks and returns the live session. */
export function useEditorSession(options: EditorSessionOptions): EditorSession {
  let server: CodeServer | undefined;
  let browser: BrowserContext | undefined;
  let page: Page | undefined;
  let outDir = '';
  let workspace = '';

  before(async function () {
    this.timeout(300_000);
    const root = repoRoot();
    outDir = path.join(root, 'test-output/editor/sessions', slug(this.test?.parent?.fullTitle() ?? 'session'));
    rmSync(outDir, { recursive: true, force: true });
    workspace = options.outsideRepository ? mkdtempSync(path.join(tmpdir(), 'container-coach-editor-')) : path.join(outDir, 'workspace');
    cpSync(path.resolve(root, options.fixture), workspace, { recursive: true });
    server = await startCodeServer({
      vsix: options.vsix ?? path.join(root, 'container-coach.vsix'),
      workspace,
      outDir: path.join(outDir, 'code-server'),
      settings: options.settings,
      untrusted: options.untrusted,
    });
    browser = await launchBrowser(outDir);
    page = await openWorkbench(browser, server.workbenchUrl, path.join(outDir, 'browser-console.log'));
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    if (page) await screenshot(page, `failed-${this.currentTest.title}`).catch(() => undefined);
    if (server) printLogs(server, outDir);
  });

  after(async function () {
    this.timeout(30_000);
    await closeBrowser(browser);
    await server?.stop();
    if (options.outsideRepository && workspace) rmSync(workspace, { recursive: true, force: true });
  });

  const live = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the editor session has no ${name}: did its before hook fail?`);
    return value;
  };
  return {
    get page() {
      return live(page, 'page');
    },
    get server() {
      return live(server, 'server');
    },
    get workspace() {
      return workspace;
    },
    get outDir() {
      return outDir;
    },
  };
}

/** Prints the tail of every log that helps explain a failure: code-server, the extension host, output channels, the page's console. */
export function printLogs(server: CodeServer, outDir: string, tailLines = 40): void {
  const files = [
    ...readServerLogs(server.userDataDir),
    ...[path.join(outDir, 'code-server/code-server.log'), path.join(outDir, 'browser-console.log')]
      .filter((file) => existsSync(file))
      .map((file) => ({ file, text: readFileSync(file, 'utf8') })),
  ];
  for (const { file, text } of files) {
    const lines = text.trimEnd().split('\n');
    if (!lines.join('').trim()) continue;
    console.error(`\n----- ${path.relative(repoRoot(), file)} (last ${Math.min(tailLines, lines.length)} of ${lines.length} lines)`);
    console.error(lines.slice(-tailLines).join('\n'));
  }
}
