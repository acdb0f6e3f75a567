import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { preProcessFile } from 'typescript';

const ROOT = resolve(__dirname, '../..');
const FOLDERS = ['server/src', 'cli/src', 'common/src', 'client/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** The repository files a module imports (type-only imports too), by relative specifier. */
function importsOf(file: string): string[] {
  const { importedFiles } = preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier))
    .flatMap((base) => [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate)) ?? []);
}

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('import graph', () => {
  const files = FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));

  it('walks the sources', () => {
    assert.ok(files.length > 100, `${files.length} files`);
    assert.ok(importsOf(join(ROOT, 'server/src/server.ts')).includes(join(ROOT, 'server/src/hover.ts')));
  });

  it('has no cycle: no module imports one that imports it back', () => {
    const chains = cycles(files).map((chain) => chain.map((file) => relative(ROOT, file)).join(' → '));
    assert.deepEqual(chains, []);
  });
});
