// Builds dist/: the bundles, the question bank, the rule catalog for the client and the hover texts.
// Usage: node scripts/build.mjs [--production]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production, logLevel: 'warning' };

mkdirSync('dist', { recursive: true });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/buildBank.ts', 'dist/bank.json'], { stdio: 'inherit' });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/buildRules.ts', 'dist/rules.json'], { stdio: 'inherit' });
const hovers = {
  dockerfile: parse(readFileSync('content/hovers/dockerfile.yaml', 'utf8')),
  compose: parse(readFileSync('content/hovers/compose.yaml', 'utf8')),
  kubernetes: parse(readFileSync('content/hovers/kubernetes.yaml', 'utf8')),
  dockerKubernetes: parse(readFileSync('content/hovers/docker-kubernetes.yaml', 'utf8')).mappings,
};
writeFileSync('dist/hovers.json', JSON.stringify(hovers));
writeFileSync('dist/snippets.json', JSON.stringify(snippetFiles()));
writeFileSync('dist/completion.json', JSON.stringify(completionData()));

// The web extension (package.json `browser`): its server runs in a Worker, which has no file to read its data from.
// `node:path` and `node:url` are pure path arithmetic there: path-browserify is Node's POSIX path module.
const web = { ...common, platform: 'browser', target: 'es2022', alias: { 'node:path': 'path-browserify', 'node:url': './server/src/browserUrl.ts' } };
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  // tinyglobby's fdir is ESM and reads import.meta.url, which a CJS bundle must supply.
  build({
    ...common,
    entryPoints: ['cli/src/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node\nconst __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__importMetaUrl' },
  }),
  build({ ...web, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
  build({ ...web, format: 'iife', entryPoints: ['server/src/browserMain.ts'], outfile: 'dist/web/server.js', plugins: [serverContentPlugin(), withoutBuffer()] }),
]);
console.log(`built dist/ (${production ? 'production' : 'development'})`);

/** `container-coach:server-content`: the data files the Node server reads from dist/ (of the bank, the titles only). */
function serverContentPlugin() {
  const json = (name) => JSON.parse(readFileSync(`dist/${name}`, 'utf8'));
  return {
    name: 'server-content',
    setup(build) {
      build.onResolve({ filter: /^container-coach:server-content$/ }, (args) => ({ path: args.path, namespace: 'server-content' }));
      build.onLoad({ filter: /.*/, namespace: 'server-content' }, () => {
        const questions = json('bank.json').questions.map(({ id, number, title, origin }) => ({ id, number, title, origin }));
        const content = { snippets: json('snippets.json'), bank: { questions }, hovers: json('hovers.json'), completion: json('completion.json') };
        return { contents: JSON.stringify(content), loader: 'json' };
      });
    },
  };
}

/** dockerfile-ast reads a byte order mark through Node's `Buffer`, which a Worker lacks: the same bytes from TextEncoder. */
function withoutBuffer() {
  const call = 'Buffer.from(char, "UTF-8")';
  return {
    name: 'dockerfile-ast-without-buffer',
    setup(build) {
      build.onLoad({ filter: /dockerfile-ast[\\/]lib[\\/]util\.js$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes(call)) throw new Error(`${args.path} no longer calls ${call}: see withoutBuffer() in scripts/build.mjs`);
        return { contents: source.replace(call, 'new TextEncoder().encode(char)'), loader: 'js' };
      });
    },
  };
}

/** snippets/<group>.json (VS Code snippet files), for the server's completion and the template picker. */
function snippetFiles() {
  const groups = ['dockerfile', 'dockerignore', 'compose', 'kubernetes', 'ci'];
  return Object.fromEntries(groups.map((group) => [group, JSON.parse(readFileSync(`snippets/${group}.json`, 'utf8'))]));
}

/** content/completion.yaml, its flags and securityContext keys explained by content/hovers/ where they have a text. */
function completionData() {
  const data = parse(readFileSync('content/completion.yaml', 'utf8'));
  const explain = (entry, hover) => {
    if (!entry.summary && hover?.summary) Object.assign(entry, { summary: hover.summary, questions: hover.questions ?? [] });
  };
  const hoverFlags = parse(readFileSync('content/hovers/dockerfile.yaml', 'utf8'))?.flags ?? {};
  for (const [instruction, entries] of Object.entries(data.dockerfile.flags)) {
    for (const entry of entries) explain(entry, hoverFlags[instruction]?.[entry.flag.replace(/^--/, '').replace(/=.*/, '')]);
  }
  const hoverKeys = parse(readFileSync('content/hovers/kubernetes.yaml', 'utf8'))?.keys ?? {};
  for (const entry of data.kubernetes.securityContextKeys) explain(entry, hoverKeys[`securityContext.${entry.key}`]);
  return data;
}
