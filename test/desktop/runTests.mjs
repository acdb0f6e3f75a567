// Runs test/desktop/suite inside a downloaded desktop VS Code (needs network; CI does not run it).
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
await build({
  entryPoints: [join(root, 'test/desktop/suite/index.ts'), join(root, 'test/desktop/suite/extension.test.ts')],
  outdir: join(root, 'out/desktop'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
await runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'out/desktop/index.js'),
  launchArgs: [join(root, 'examples'), '--disable-extensions', '--user-data-dir', mkdtempSync(join(tmpdir(), 'cc-desktop-'))],
});
