// The CLI as users install it: `npm pack` of this repository, then `npx` of the tarball in a clean folder,
// offline, with an empty npm cache and a registry that cannot answer, so the package must need nothing else.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { offlineNpm, packRepository, tempFolder, writeTree } from './cli';

const ROOT = resolve(__dirname, '../..');

describe('the npm package', () => {
  let tarball = '';
  let packed: string[] = [];

  before(() => {
    ({ tarball, files: packed } = packRepository());
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
    const work = writeTree(tempFolder('npx'), { 'Dockerfile': 'FROM node:24\nUSER 1000\nCMD node server.js\n' });
    const lint = offlineNpm(['exec', '--yes', '--offline', '--package', tarball, '--', 'container-coach', 'lint', '--format', 'json'], work);
    assert.equal(lint.code, 0, lint.stderr);
    const { files } = JSON.parse(lint.stdout) as { files: { path: string; findings: { ruleId: string; range: { start: { line: number } } }[] }[] };
    assert.deepEqual(
      files.flatMap((file) => file.findings.map(({ ruleId, range }) => `${file.path}:${range.start.line} ${ruleId}`)),
      ['Dockerfile:1 dockerfile/prefer-base-image-digest', 'Dockerfile:3 dockerfile/prefer-exec-form'],
    );
    const explain = offlineNpm(['exec', '--yes', '--offline', '--package', tarball, '--', 'container-coach', '--explain', 'DL3025'], work);
    assert.equal(explain.code, 0, explain.stderr);
    assert.match(explain.stdout, /Q288: How do you implement graceful shutdown in Docker containers\?/);
  });
});
