// Builds for production and packages container-coach.vsix at the repository root.
// package.json is also the CLI's npm manifest, whose `files` allowlist vsce refuses beside a .vscodeignore:
// the .vsix is packed from a staging folder holding what .vscodeignore lets in and the manifest without `files`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const vsix = path.resolve('container-coach.vsix');
const MAX_KB = 600;
const stage = path.resolve('dist/.vsix-stage');
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
const allowlist = readFileSync('.vscodeignore', 'utf8').split('\n').filter((line) => line.startsWith('!')).map((line) => line.slice(1).replace(/\/\*\*$/, ''));
for (const entry of allowlist.filter((entry) => entry !== 'package.json' && existsSync(entry))) cpSync(entry, path.join(stage, entry), { recursive: true, force: true });
cpSync('.vscodeignore', path.join(stage, '.vscodeignore'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
delete manifest.files;
writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

// The extension has no repository: the README's relative images stay as they are.
const vsce = path.resolve('node_modules/@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--out', vsix], { stdio: 'inherit', cwd: stage });
rmSync(stage, { recursive: true, force: true });
const kilobytes = statSync(vsix).size / 1024;
console.log(`${path.basename(vsix)}: ${kilobytes.toFixed(1)} KB`);
if (kilobytes > MAX_KB) throw new Error(`${path.basename(vsix)} is over ${MAX_KB} KB`);
