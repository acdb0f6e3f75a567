// Builds for production and packages the extension at the repository root, each package under 600 KB:
// - container-coach.vsix, for desktop VS Code (and code-server): `main`, the Node client and server;
// - container-coach-web.vsix (`vsce --target web`), for vscode.dev and github.dev: `browser`, the web client and
//   the server for a Worker. Both in one package would be over the limit; the Marketplace gives the web one to
//   VS Code for the Web and the other to every other platform.
// package.json is also the CLI's npm manifest, whose `files` allowlist vsce refuses beside a .vscodeignore:
// each .vsix is packed from a staging folder holding what .vscodeignore lets in and the manifest without `files`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MAX_KB = 600;
const stage = path.resolve('dist/.vsix-stage');
const allowlist = readFileSync('.vscodeignore', 'utf8').split('\n').filter((line) => line.startsWith('!')).map((line) => line.slice(1));
const webOnly = (entry) => entry.startsWith('dist/web/');
/** The Node client and server, and the data files the Node server reads (the web server bundles them). */
const desktopOnly = (entry) => ['dist/extension.js', 'dist/server.js', 'dist/hovers.json', 'dist/completion.json'].includes(entry);

execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
pack({ vsix: 'container-coach.vsix', entries: allowlist.filter((entry) => !webOnly(entry)), without: 'browser', target: [] });
pack({ vsix: 'container-coach-web.vsix', entries: allowlist.filter((entry) => !desktopOnly(entry)), without: 'main', target: ['--target', 'web'] });

function pack({ vsix, entries, without, target }) {
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const entry of entries.map((entry) => entry.replace(/\/\*\*$/, '')).filter((entry) => entry !== 'package.json' && existsSync(entry))) {
    cpSync(entry, path.join(stage, entry), { recursive: true, force: true });
  }
  writeFileSync(path.join(stage, '.vscodeignore'), ['**', ...entries.map((entry) => `!${entry}`)].join('\n') + '\n');
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  delete manifest.files;
  delete manifest[without];
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

  // The extension has no repository: the README's relative images stay as they are.
  const vsce = path.resolve('node_modules/@vscode/vsce/vsce');
  const out = path.resolve(vsix);
  execFileSync(process.execPath, [vsce, 'package', ...target, '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', out], { stdio: 'inherit', cwd: stage });
  rmSync(stage, { recursive: true, force: true });
  const kilobytes = statSync(out).size / 1024;
  console.log(`${vsix}: ${kilobytes.toFixed(1)} KB`);
  if (kilobytes > MAX_KB) throw new Error(`${vsix} is over ${MAX_KB} KB`);
}
