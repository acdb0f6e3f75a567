// Builds dist/: the two bundles, the question bank and the hover texts.
// Usage: node scripts/build.mjs [--production]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production, logLevel: 'warning' };

mkdirSync('dist', { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
]);
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/buildBank.ts', 'dist/bank.json'], { stdio: 'inherit' });
const hovers = { dockerfile: parse(readFileSync('content/hovers/dockerfile.yaml', 'utf8')) };
writeFileSync('dist/hovers.json', JSON.stringify(hovers));
console.log(`built dist/ (${production ? 'production' : 'development'})`);
