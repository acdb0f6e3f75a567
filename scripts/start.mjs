// `npm start`: packages the extension, installs it into a persistent code-server
// profile under .tools/profile and serves VS Code on 127.0.0.1 with examples/ open.
// PORT=NNNN picks the port (default 8080, or a free one if 8080 is taken).
// SKIP_PACKAGE=1 reuses the container-coach.vsix already at the repo root.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const profileDir = path.join(root, '.tools/profile');
const vsix = path.join(root, 'container-coach.vsix');
const examples = path.join(root, 'examples');

/** Settings of a fresh profile; later changes made in the editor are kept. */
const startSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': 'off',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.colorTheme': 'Default Dark Modern',
};

function step(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  return (await isFree(8080)) ? 8080 : 0;
}

step('bash', ['scripts/setup-editor.sh']);
if (process.env.SKIP_PACKAGE !== '1') step('npm', ['run', 'package']);

const { profileIn, writeSettings, installExtension, serveProfile } = await tsImport('../test/editor/codeServer.ts', import.meta.url);

const profile = profileIn(profileDir, root);
if (!existsSync(path.join(profile.userDataDir, 'User/settings.json'))) writeSettings(profile, startSettings);
console.log(`installing ${path.relative(root, vsix)} into ${path.relative(root, profileDir)}`);
await installExtension(profile, vsix);

const logFile = path.join(profileDir, 'code-server.log');
const server = await serveProfile(profile, { workspace: examples, port: await choosePort(), logFile });
console.log(`
  Container Coach is running in VS Code at:

      ${server.workbenchUrl}

  Logs: ${path.relative(root, logFile)} and ${path.relative(root, profile.userDataDir)}/logs
  Press Ctrl+C to stop.
`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('stopping code-server');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
process.on('SIGHUP', shutdown);
const code = await server.exited;
if (!stopping) {
  console.error(`code-server exited by itself (code ${code}); see ${path.relative(root, logFile)}`);
  process.exit(code || 1);
}
