// `npm run bench [-- ARGS]`: bundles scripts/bench.ts as scripts/build.mjs bundles the server and the CLI
// (esbuild, one file), then runs it: the engine it times is the code that ships, not the sources under tsx
// (which wraps every function in a naming helper). The command-line and server rows time dist/ as built.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({ entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js', bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' });
const { status, signal } = spawnSync(process.execPath, ['--enable-source-maps', 'dist/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(status ?? (signal ? 1 : 0));
