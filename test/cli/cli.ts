import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { EXIT, main } from '../../cli/src/main';

/** The built CLI (`npm run build` first): its folder holds the `bank.json` the CLI reads. */
export const CLI = resolve(__dirname, '../../dist/cli.js');
export const FIXTURES = resolve(__dirname, '../fixtures/cli');
export const PROJECT = join(FIXTURES, 'project');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `main(argv, io)` in this process, with stdout and stderr captured (not a terminal). */
export function runCli(args: readonly string[], cwd: string): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  let stdout = '';
  let stderr = '';
  const io = {
    cwd,
    contentDir: dirname(CLI),
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  let code: number;
  try {
    code = main(args, io);
  } catch (error) {
    stderr += `container-coach: internal error: ${error instanceof Error ? error.stack : String(error)}\n`;
    code = EXIT.usage;
  }
  return { code, stdout, stderr };
}

/** Runs the built `dist/cli.js` as a process: what users run, bundle and entry point included. */
export function runBuiltCli(args: readonly string[], cwd: string): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder under the system temp folder, removed after the suite. */
export function tempFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `container-coach-cli-${name}-`));
  folders.push(folder);
  return folder;
}

/** Writes a tree `{ 'a/b.txt': 'text' }` under `root`; Buffers are written as they are. */
export function writeTree(root: string, files: Record<string, string | Buffer>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export function copyProject(name: string): string {
  const folder = tempFolder(name);
  cpSync(PROJECT, folder, { recursive: true });
  return folder;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

const folders: string[] = [];
after(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The paths of the files a `--format json` run analysed. */
export function lintedPaths(run: CliRun): string[] {
  return (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((file) => file.path);
}
