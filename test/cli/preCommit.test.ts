// The pre-commit hook: its `files` pattern takes every file we recognise (by name, or YAML we may recognise
// by content) and nothing else, and its `entry` runs the installed package's bin on the files given.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { documentKind } from '../../server/src/targets/index';
import { offlineNpm, packRepository, tempFolder, writeTree } from './cli';

const ROOT = resolve(__dirname, '../..');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  types: string[];
}

const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
// pre-commit applies `files` with Python's re.search; the pattern keeps to the syntax both languages share.
const files = new RegExp(hook.files);

describe('the pre-commit hook', () => {
  it('is a node hook whose entry is the package bin', () => {
    assert.deepEqual({ id: hook.id, language: hook.language, entry: hook.entry, types: hook.types }, { id: 'container-coach', language: 'node', entry: 'container-coach lint', types: ['file'] });
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.deepEqual(Object.keys(manifest.bin), [hook.entry.split(' ')[0]]);
  });

  const paths: [string, boolean][] = [
    ['Dockerfile', true],
    ['services/api/Dockerfile', true],
    ['Dockerfile.prod', true],
    ['build/api.Dockerfile', true],
    ['images/web.dockerfile', true],
    ['Containerfile', true],
    ['ci/Containerfile.test', true],
    ['compose.yaml', true],
    ['deploy/docker-compose.override.yml', true],
    ['k8s/deployment.yaml', true],
    ['charts/app/values.YML', true],
    ['README.md', false],
    ['src/Dockerfiles.ts', false],
    ['docs/dockerfile-tips.md', false],
    ['package.json', false],
    ['.dockerignore', false],
  ];
  for (const [path, expected] of paths) {
    it(`${expected ? 'takes' : 'leaves'} ${path}`, () => assert.equal(files.test(path), expected));
  }

  it('takes every fixture file the engine recognises', () => {
    const fixtures = join(ROOT, 'test/fixtures');
    const missed = readdirSync(fixtures, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => documentKind(`file://${path}`, '', readFileSync(path, 'utf8')) !== undefined)
      .map((path) => relative(fixtures, path))
      .filter((path) => !files.test(path));
    assert.deepEqual(missed, []);
  });

  it('runs its entry from the installed package on the files pre-commit passes', () => {
    const { tarball } = packRepository(); // pre-commit's own `npm pack` would also build dist/cli.js through `prepack`
    const prefix = tempFolder('hook-env');
    const install = offlineNpm(['install', '--global', '--prefix', prefix, tarball], prefix);
    assert.equal(install.code, 0, install.stderr);

    const repo = writeTree(tempFolder('hook-repo'), {
      'Dockerfile': 'FROM node:24\nUSER 1000\nCMD node server.js\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
    });
    const staged = ['Dockerfile', '.github/workflows/ci.yml', 'README.md'].filter((path) => files.test(path));
    const [command, ...args] = hook.entry.split(' ');
    const env = { ...process.env, NO_COLOR: '1', PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` };
    const run = spawnSync(command, [...args, '--fail-on', 'warning', ...staged], { cwd: repo, encoding: 'utf8', env });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      run.stdout.split('\n').filter((line) => line.startsWith('Dockerfile:')).map((line) => line.split(' ').slice(0, 3).join(' ')),
      ['Dockerfile:1:6 info dockerfile/prefer-base-image-digest', 'Dockerfile:3:5 warning dockerfile/prefer-exec-form'],
    );
    assert.doesNotMatch(run.stdout, /ci\.yml/);
  });
});
