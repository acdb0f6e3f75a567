// Builds for production and packages container-coach.vsix at the repository root.
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

const vsix = 'container-coach.vsix';
execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { stdio: 'inherit' });
// The README's images are relative and the repository URL is a placeholder: keep the links as they are.
execFileSync(process.execPath, ['node_modules/@vscode/vsce/vsce', 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { stdio: 'inherit' });
console.log(`${vsix}: ${(statSync(vsix).size / 1024).toFixed(1)} KB`);
