// `npm run test:editor`: installs code-server and Chromium if needed, packages the
// extension, then runs test/editor/**/*.test.ts in a real VS Code.
// Extra arguments go to mocha (npm run test:editor -- --grep hover).
// SKIP_PACKAGE=1 reuses the container-coach.vsix already at the repo root.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function run(command, args) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function step(command, args) {
  const status = run(command, args);
  if (status !== 0) process.exit(status);
}

function editorTests() {
  return readdirSync(path.join(root, 'test/editor'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join('test/editor', file))
    .sort();
}

/** Drops the last run's screenshots; each suite clears its own sessions/<suite> folder when it starts. */
function removeOldScreenshots() {
  const dir = path.join(root, 'test-output/editor');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.endsWith('.png')) rmSync(path.join(dir, name));
}

step('bash', ['scripts/setup-editor.sh']);
if (process.env.SKIP_PACKAGE !== '1') step('npm', ['run', 'package']);
removeOldScreenshots();

const tests = editorTests();
if (tests.length === 0) {
  console.log('test:editor: no test/editor/**/*.test.ts yet');
  process.exit(0);
}
const mocha = path.join(root, 'node_modules/mocha/bin/mocha.js');
process.exit(
  run(process.execPath, [
    mocha,
    '--no-config',
    '--no-package',
    '--import=tsx',
    '--timeout', '300000',
    '--slow', '30000',
    '--reporter', 'spec',
    ...tests,
    ...process.argv.slice(2),
  ]),
);
