// The CLI as users install it: `npm pack` of this repository, then `npx` of the tarball in a clean folder,
// offline, with an empty npm cache and a registry that cannot answer, so the package must need nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLI, tempFolder, writeTree } from './cli';

const ROOT = resolve(__dirname, '../..');

function npm(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 120000, env: { ...process.env, NO_COLOR: '1', ...env } });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package', () => {
  let tarball = '';
  let packed: string[] = [];

  before(() => {
    readFileSync(CLI); // built by `npm run build`; `--ignore-scripts` packs that build instead of rebuilding
    const destination = tempFolder('pack');
    const run = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', destination], ROOT);
    assert.equal(run.code, 0, run.stderr);
    const [report] = JSON.parse(run.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(destination, report.filename);
    packed = report.files.map((file) => file.path).sort();
  });

  it('holds the CLI bundle, the question bank, the README, the licence and the changelog, and nothing else', () => {
    assert.deepEqual(packed, ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/bank.json', 'dist/cli.js', 'package.json']);
  });

  it('is public and installs no dependencies: the bundle carries them', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(manifest.bin, { 'container-coach': 'dist/cli.js' });
  });

  it('runs with npx from the tarball in a clean folder, offline', () => {
    const work = writeTree(tempFolder('npx'), { 'Dockerfile': 'FROM node:20\nUSER node\nCMD node server.js\n' });
    const offline = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(tempFolder('npx-cache'), 'cache') };
    const lint = npm(['exec', '--yes', '--offline', '--package', tarball, '--', 'container-coach', 'lint', '--format', 'json'], work, offline);
    assert.equal(lint.code, 0, lint.stderr);
    const { files } = JSON.parse(lint.stdout) as { files: { path: string; findings: { ruleId: string; range: { start: { line: number } } }[] }[] };
    assert.deepEqual(
      files.flatMap((file) => file.findings.map(({ ruleId, range }) => `${file.path}:${range.start.line} ${ruleId}`)),
      ['Dockerfile:1 dockerfile/prefer-base-image-digest', 'Dockerfile:3 dockerfile/prefer-exec-form'],
    );
    const explain = npm(['exec', '--yes', '--offline', '--package', tarball, '--', 'container-coach', '--explain', 'DL3025'], work, offline);
    assert.equal(explain.code, 0, explain.stderr);
    assert.match(explain.stdout, /Q288: How do you implement graceful shutdown in Docker containers\?/);
  });
});
