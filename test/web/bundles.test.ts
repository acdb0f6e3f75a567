import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'web');
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** The modules a bundle (CommonJS or IIFE: esbuild left no static import) loads: `require("…")`, `import("…")`. */
function loadedModules(bundle: string): string[] {
  const found = new Set<string>();
  for (const match of bundle.matchAll(/\b(?:require|import)\(\s*["']([\w@./:-]+)["']\s*\)/g)) found.add(match[1]);
  for (const match of bundle.matchAll(/\bfrom\s*["'](node:[\w/]+)["']/g)) found.add(match[1]);
  return [...found].sort();
}

const nodeBuiltins = (bundle: string) => loadedModules(bundle).filter((name) => BUILTINS.has(name) || BUILTINS.has(name.split('/')[0]));

describe('the web bundles', () => {
  it('finds what a Node bundle loads', () => {
    assert.deepEqual(nodeBuiltins('const fs = require("fs"); const p = require(\'node:path\'); import("node:url"); import os from "node:os"; require("vscode");'), ['fs', 'node:os', 'node:path', 'node:url']);
    assert.ok(nodeBuiltins(readFileSync(join(DIST, '..', 'server.js'), 'utf8')).length > 0, 'dist/server.js, the Node server, loads Node built-ins');
  });

  it('the web client loads vscode and nothing else', () => {
    assert.deepEqual(loadedModules(readFileSync(join(DIST, 'extension.js'), 'utf8')), ['vscode']);
  });

  it('the web server loads no module: everything it needs is bundled', () => {
    const bundle = readFileSync(join(DIST, 'server.js'), 'utf8');
    assert.deepEqual(nodeBuiltins(bundle), []);
    assert.deepEqual(loadedModules(bundle), []);
  });

  it('are what package.json names and the .vsix allowlist ships, and the client starts the server bundle', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browser: string; main: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
    const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const bundle of ['dist/web/extension.js', 'dist/web/server.js', manifest.main.slice(2)]) assert.ok(shipped.includes(`!${bundle}`), bundle);
    assert.ok(readFileSync(join(DIST, 'extension.js'), 'utf8').includes('"dist/web/server.js"'));
  });
});
