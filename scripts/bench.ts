/**
 * `npm run bench [-- FOLDER] [--runs N] [--profile-rules] [--no-servers | --servers] [--edits 200,1000]`: how fast the engine and the CLI are, beside the floor (parsing
 * alone) and the peers that run here. docs/bench.md says how to read the output. Timings are
 * medians over N runs (default 5) after one warm-up run; nothing here is asserted anywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAllDocuments } from 'yaml';
import { type DocumentKind } from '../server/src/targets/kind';
import { MAX_FINDINGS, runRules, type LintOptions } from '../server/src/engine/lint';
import type { Target } from '../server/src/targets/target';
import { dockerfile } from '../server/src/targets/dockerfile/index';
import { compose } from '../server/src/targets/compose/index';
import { kubernetes } from '../server/src/targets/kubernetes/index';
import { ProjectConfiguration } from '../server/src/settings/workspaceFiles';
import { nodeFileSystem } from '../server/src/settings/nodeFileSystem';
import { documentKind, recogniseTarget, rules, targetsByName } from '../server/src/targets/index';
import { VALIDATION_DELAY_MS } from '../server/src/workspaceDiagnostics';
import { workspaceServer } from './benchWorkspace';
import { computeLayers, layerRows, yamlLayerRows } from './benchLayers';
import { serverSection } from './benchServers';

const repo = resolve(__dirname, '..');
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const RUNS = runsFlag >= 0 ? Math.max(1, Number(args[runsFlag + 1]) || 1) : 5;
const editsFlag = args.indexOf('--edits');
/** The edit counts of the language servers' memory rows (`--edits 200,1000`). */
const serverEdits = editsFlag >= 0 ? args[editsFlag + 1]!.split(',').map(Number).filter((count) => count > 0) : [200, 1000];
const folderArg = args.find((arg, index) => !arg.startsWith('--') && !['--runs', '--edits'].includes(args[index - 1] ?? ''));
const sharedCorpus = resolve(repo, '../shared/corpus');
const folder = resolve(folderArg ?? (existsSync(sharedCorpus) ? sharedCorpus : join(repo, 'examples')));
const CLI = join(repo, 'dist/cli.js');

interface Source {
  path: string;
  kind: DocumentKind;
  text: string;
}

// ---------------------------------------------------------------- measuring

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs `work` on every item once to warm up, then RUNS times; the median total and the median per item. */
function measure<T>(items: readonly T[], work: (item: T) => void, runs = RUNS, warmUp = true): { total: number; perItem: number } {
  if (warmUp) for (const item of items) work(item);
  const totals: number[] = [];
  const perItem: number[][] = items.map(() => []);
  for (let run = 0; run < runs; run++) {
    let total = 0;
    items.forEach((item, index) => {
      const start = performance.now();
      work(item);
      const elapsed = performance.now() - start;
      perItem[index]!.push(elapsed);
      total += elapsed;
    });
    totals.push(total);
  }
  return { total: median(totals), perItem: median(perItem.map(median)) };
}

/** The median wall-clock time of a process after one warm-up run, and what its last run printed. */
function timeProcess(command: string, commandArgs: readonly string[], runs = RUNS): { time: number; stdout: string } {
  let stdout = '';
  const once = () => {
    const start = performance.now();
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.error) throw result.error;
    stdout = result.stdout;
    return performance.now() - start;
  };
  once();
  return { time: median(Array.from({ length: runs }, once)), stdout };
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const table = (rows: (string | number)[][]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]!) : String(cell).padStart(widths[column]!))).join('   ')}`);
};

// ---------------------------------------------------------------- inputs

function filesUnder(root: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) found.push(...filesUnder(path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort();
}

/** Dockerfiles by the editor's recognition, or by a name holding `Dockerfile` (the corpus flattens paths); YAML by content. */
function sourcesUnder(root: string): Source[] {
  const sources: Source[] = [];
  for (const path of filesUnder(root)) {
    const uri = pathToFileURL(path).href;
    const byName = /Dockerfile|Containerfile/.test(path.slice(path.lastIndexOf('/') + 1)) ? 'dockerfile' : documentKind(uri, '');
    if (!byName && !/\.ya?ml$/i.test(path)) continue;
    const text = readFileSync(path, 'utf8');
    const kind = byName ?? documentKind(uri, '', text);
    if (kind) sources.push({ path, kind, text });
  }
  return sources;
}

const editorOptions = new ProjectConfiguration(rules, nodeFileSystem);
function lintOptions(path: string): LintOptions {
  return editorOptions.lintOptionsFor(pathToFileURL(path).href, { maxFileSize: Number.POSITIVE_INFINITY })!;
}

/** `uri` is the file's, computed before the clock starts when the caller has it: the floor converts no path either. */
function lintSource(source: Source, options: LintOptions, uri = pathToFileURL(source.path).href): number {
  // A new document each time: its parse is part of what we time.
  const document = TextDocument.create(uri, source.kind, 1, source.text);
  return targetsByName[source.kind].analyse(document, options).result.findings.length;
}

// ---------------------------------------------------------------- sections

/**
 * Sections 1 and 2. The floor and our lint are timed in turn, round after round: timed one after the
 * other, minutes apart, the same code gave ratios 1.6 times apart on this machine. `x parse` is the median
 * of each round's ratio; the times are medians over rounds.
 */
function engineSection(title: string, sources: readonly Source[], parse: (text: string) => unknown, parserName: string): void {
  console.log(`\n${title}: ${sources.length} files, ${(sources.reduce((sum, source) => sum + source.text.length, 0) / 1024).toFixed(0)} KB`);
  if (sources.length === 0) return;
  const withOptions = sources.map((source) => ({ source, options: lintOptions(source.path), uri: pathToFileURL(source.path).href }));
  const dockerfiles = sources.every((source) => source.kind === 'dockerfile');
  const perRound = Math.min(RUNS, 3);
  const rounds: { published?: ReturnType<typeof publishedDockerfileTimes>; parsed: Timing; linted: Timing }[] = [];
  for (let round = 0; round < RUNS; round++) {
    // Our modules patch dockerfile-ast's argument splitting (server/src/targets/dockerfile/model.ts), which its
    // parse calls too: the library as published, and the peer built on it, are timed in a process without them.
    const published = dockerfiles ? publishedDockerfileTimes(sources.map((source) => source.path), perRound) : undefined;
    const parsed = measure(sources, (source) => parse(source.text), perRound, round === 0);
    const linted = measure(withOptions, ({ source, options, uri }) => lintSource(source, options, uri), perRound, round === 0);
    rounds.push({ published, parsed, linted });
  }
  const findings = withOptions.reduce((sum, { source, options }) => sum + lintSource(source, options), 0);
  const floorOf = (round: (typeof rounds)[number]) => round.published?.parse ?? round.parsed;
  const over = (timing: (round: (typeof rounds)[number]) => Timing) => ({
    total: median(rounds.map((round) => timing(round).total)),
    perItem: median(rounds.map((round) => timing(round).perItem)),
    ratio: median(rounds.map((round) => timing(round).total / floorOf(round).total)).toFixed(1),
  });
  const row = (name: string, timing: (round: (typeof rounds)[number]) => Timing) => {
    const { total, perItem, ratio } = over(timing);
    return [name, ms(total), ms(perItem), ratio];
  };
  const rows: (string | number)[][] = [['', 'total', 'median/file', 'x parse']];
  if (dockerfiles) rows.push(row(`parse only (${parserName} as published, a process of its own)`, (round) => round.published!.parse));
  rows.push(row(dockerfiles ? `parse only (${parserName} with our argument cache, in process)` : `parse only (${parserName})`, (round) => round.parsed));
  rows.push(row(`container-coach lint (${findings} findings)`, (round) => round.linted));
  if (dockerfiles) rows.push(row('dockerfile-utils validate() (a process of its own)', (round) => round.published!.validate));
  console.log(`  ${RUNS} rounds, each timing every row in turn (median of ${perRound} runs; the first round after a warm-up)`);
  table(rows);
}

type Timing = { total: number; perItem: number };

/** dockerfile-ast's parse and dockerfile-utils' validate() over the files, timed as `measure` does in a fresh process that loads only them. */
function publishedDockerfileTimes(paths: readonly string[], runs: number): { parse: Timing; validate: Timing } {
  const script = `
    const { readFileSync } = require('node:fs');
    const { performance } = require('node:perf_hooks');
    const { DockerfileParser } = require('dockerfile-ast');
    const { validate } = require('dockerfile-utils');
    const texts = JSON.parse(readFileSync(0, 'utf8')).map((path) => readFileSync(path, 'utf8'));
    const median = (values) => { const sorted = [...values].sort((a, b) => a - b); const middle = sorted.length >> 1; return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2; };
    const measure = (work) => {
      texts.forEach(work);
      const totals = [];
      const perItem = texts.map(() => []);
      for (let run = 0; run < ${runs}; run++) {
        let total = 0;
        texts.forEach((text, index) => { const start = performance.now(); work(text); const elapsed = performance.now() - start; perItem[index].push(elapsed); total += elapsed; });
        totals.push(total);
      }
      return { total: median(totals), perItem: median(perItem.map(median)) };
    };
    process.stdout.write(JSON.stringify({ parse: measure((text) => DockerfileParser.parse(text)), validate: measure((text) => validate(text)) }));`;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: repo, input: JSON.stringify(paths), encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`timing dockerfile-ast in a process of its own failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ReturnType<typeof publishedDockerfileTimes>;
}

function syntheticDockerfile(lines: number): string {
  const stage = [
    'FROM node:24-alpine AS build',
    'ARG VERSION=1.0.0',
    'ENV NODE_ENV=production PORT=3000',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN apk add --no-cache git python3 make g++ \\',
    '    && npm ci --omit=dev \\',
    '    && npm cache clean --force',
    'COPY . .',
    'RUN npm run build && rm -rf /tmp/* || exit 1',
    '# a comment between instructions',
    'EXPOSE 3000',
    'USER node',
    'HEALTHCHECK CMD wget -qO- http://localhost:3000/ || exit 1',
    'CMD node server.js',
  ];
  return Array.from({ length: lines }, (_, index) => stage[index % stage.length]).join('\n') + '\n';
}

/** Stages that each build on the one before: rules that compare every stage with every other one grow quadratically here. */
function chainedStages(stages: number): string {
  const lines = ['FROM alpine:3.22 AS s0'];
  for (let index = 1; index < stages; index++) lines.push(`FROM s${index - 1} AS s${index}`, 'RUN true');
  return lines.join('\n') + '\n';
}

/** ENV lines whose values name undeclared variables: a near-miss scan over every declared name grows quadratically here. */
function undeclaredEnvs(lines: number): string {
  return ['FROM alpine:3.22', ...Array.from({ length: lines }, (_, index) => `ENV V${index}=$U${index}`)].join('\n') + '\n';
}

function syntheticManifest(documents: number): string {
  const deployment = (index: number) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${index}\n  labels: { app: web-${index} }\nspec:\n  replicas: 2\n` +
    `  selector:\n    matchLabels: { app: web-${index} }\n  template:\n    metadata:\n      labels: { app: web-${index} }\n    spec:\n` +
    `      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 80\n` +
    `          securityContext:\n            privileged: true\n`;
  return Array.from({ length: documents }, (_, index) => deployment(index)).join('---\n');
}

function scalingSection(title: string, unit: string, sizes: readonly number[], make: (size: number) => Source, parse: (text: string) => unknown): void {
  console.log(`\n${title}`);
  const rows: (string | number)[][] = [[unit, 'parse', 'lint', `lint per 1k ${unit}`, 'x parse']];
  // Big inputs: at most 3 runs, and only the smallest size warms up.
  const runs = Math.min(RUNS, 3);
  for (const [index, size] of sizes.entries()) {
    const source = make(size);
    const parsed = measure([source], () => parse(source.text), runs, index === 0);
    const linted = measure([source], () => lintSource(source, { maxFileSize: Number.POSITIVE_INFINITY }), runs, index === 0);
    rows.push([size, ms(parsed.total), ms(linted.total), ms((linted.total / size) * 1000), (linted.total / parsed.total).toFixed(1)]);
  }
  table(rows);
}

/** The hostile shapes of issue 11 (docs/bench.md lists them): one file each, parsed and linted with the editor's default size limit. */
function hostileSection(): void {
  const runs = Math.min(RUNS, 3);
  const MB = 1024 * 1024;
  const shapes: { name: string; kind: DocumentKind; text: string }[] = [
    { name: 'Compose file of 43 bytes, five self-merges', kind: 'compose', text: 'services:\n  s: &a\n    <<: [*a, *a, *a, *a, *a]\n' },
    { name: 'Kubernetes Pod, a self-merging container', kind: 'kubernetes', text: 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - &a\n    <<: [*a, *a, *a, *a, *a]\n    name: a\n' },
    { name: '40,000-line RUN heredoc', kind: 'dockerfile', text: `FROM debian:12\nRUN <<EOF\n${'apt install x | y\n'.repeat(40_000)}EOF\n` },
    { name: '1 MB argument (RUN echo aaa…)', kind: 'dockerfile', text: `FROM debian:12\nRUN echo ${'a'.repeat(MB - 100)}\n` },
    { name: '1 MB image name', kind: 'dockerfile', text: `FROM ${'a'.repeat(MB - 100)}\n` },
    { name: '1 MB of arguments (RUN echo a a a …)', kind: 'dockerfile', text: `FROM debian:12\nRUN echo ${'a '.repeat((MB - 100) / 2)}\n` },
  ];
  console.log(`\nHostile inputs (one file each, median of ${runs} runs; the editor's 1 MB limit, findings capped at ${MAX_FINDINGS.toLocaleString('en-US')})`);
  const rows: (string | number)[][] = [['', 'parse', 'lint', 'findings']];
  for (const shape of shapes) {
    const source = { path: join(repo, shape.kind === 'dockerfile' ? 'Dockerfile.hostile' : 'hostile.yaml'), ...shape };
    const parse = shape.kind === 'dockerfile' ? () => DockerfileParser.parse(shape.text) : () => parseAllDocuments(shape.text);
    const parsed = measure([source], parse, runs);
    const linted = measure([source], () => lintSource(source, { maxFileSize: MB }), runs);
    const document = TextDocument.create(pathToFileURL(source.path).href, shape.kind, 1, shape.text);
    const { findings, partial } = targetsByName[shape.kind].analyse(document, { maxFileSize: MB }).result;
    const cut = partial === undefined ? '' : partial.includes('took over') ? ' (time budget)' : ' (capped)';
    rows.push([shape.name, ms(parsed.total), ms(linted.total), `${findings.length}${cut}`]);
  }
  table(rows);
}

/** An edit of one document in the middle of the 1,000-document manifest: its analysis given the last one (which reuses the unchanged documents) beside a fresh one. */
function editSection(): void {
  const runs = Math.min(RUNS, 3);
  console.log(`\nEdit one document of the 1,000-document manifest → findings (median of ${runs} runs)`);
  const before = syntheticManifest(1000);
  const at = before.indexOf('name: web-500');
  const after = `${before.slice(0, at)}name: web-500-edited\n  namespace: shop${before.slice(at + 'name: web-500'.length)}`;
  const options = { maxFileSize: Number.POSITIVE_INFINITY };
  const documentOf = (version: number, text: string) => TextDocument.create('file:///synthetic.yaml', 'yaml', version, text);
  const analyse = (previous?: ReturnType<typeof targetsByName.kubernetes.analyse>) => {
    const start = performance.now();
    void targetsByName.kubernetes.analyse(documentOf(2, after), options, previous).result;
    return performance.now() - start;
  };
  const previous = () => {
    const analysis = targetsByName.kubernetes.analyse(documentOf(1, before), options);
    void analysis.result;
    return analysis;
  };
  // Pairs, fresh then given a just-built version 1, after one warm-up pair: both rows see the same heap and load.
  const times = { fresh: [] as number[], reused: [] as number[] };
  for (let run = 0; run <= runs; run++) {
    const fresh = analyse();
    const reused = analyse(previous());
    if (run === 0) continue;
    times.fresh.push(fresh);
    times.reused.push(reused);
  }
  const fresh = median(times.fresh);
  const reused = median(times.reused);
  table([
    ['', 'time', 'x fresh'],
    ['analyse version 2 alone (every document)', ms(fresh), '1.0'],
    ['analyse version 2 given version 1 (changed document only)', ms(reused), (reused / fresh).toFixed(2)],
  ]);
}

function cliSection(dockerfiles: readonly Source[], yamlFiles: readonly Source[]): void {
  const runs = Math.min(RUNS, 3);
  console.log(`\nCommand line over the whole folder (wall clock, median of ${runs} runs, process start included)`);
  if (!existsSync(CLI)) {
    console.log('  dist/cli.js is missing: run `npm run build` first.');
    return;
  }
  const node = process.execPath;
  const rows: (string | number)[][] = [['', 'files', 'time', 'files/s']];
  const row = (name: string, files: number, time: number) => {
    const rate = files / (time / 1000);
    rows.push([name, files, ms(time), files === 0 ? '-' : rate.toFixed(rate < 10 ? 1 : 0)]);
  };
  /** Our CLI with `--format json`: the number of files comes from its own summary. */
  const ours = (name: string, lintArgs: readonly string[]) => {
    const { time, stdout } = timeProcess(node, [CLI, 'lint', '--fail-on', 'none', '--format', 'json', ...lintArgs], runs);
    row(name, (JSON.parse(stdout) as { summary: { files: number } }).summary.files, time);
  };
  row('container-coach --version (start-up alone)', 0, timeProcess(node, [CLI, '--version'], runs).time);
  if (dockerfiles.length > 0) ours('container-coach lint --kind dockerfile FILES', ['--kind', 'dockerfile', ...dockerfiles.map((source) => source.path)]);
  if (yamlFiles.length > 0) ours('container-coach lint FILES (compose + kubernetes)', yamlFiles.map((source) => source.path));
  ours(`container-coach lint ${relative(process.cwd(), folder) || '.'} (walk, recognise by name/content)`, [folder]);

  // dockerfile-utils' CLI lints one file per process: time a sample and report its rate.
  const peerCli = join(repo, 'node_modules/dockerfile-utils/bin/dockerfile-utils');
  const sample = dockerfiles.slice(0, Math.min(dockerfiles.length, 10));
  if (existsSync(peerCli) && sample.length > 0) {
    const { time } = timeProcess(node, ['-e', perFileLoop(peerCli, sample.map((source) => source.path))], 1);
    row(`dockerfile-utils lint FILE, a process per file (${sample.length}-file sample)`, sample.length, time);
  }
  const hadolint = spawnSync('hadolint', ['--version'], { encoding: 'utf8' });
  if (!hadolint.error && dockerfiles.length > 0) row('hadolint FILES', dockerfiles.length, timeProcess('hadolint', ['--no-fail', ...dockerfiles.map((source) => source.path)], runs).time);
  table(rows);
}

/** A script that runs `node CLI lint FILE` for each file in turn, as a CI loop over files would. */
function perFileLoop(cli: string, files: readonly string[]): string {
  return `const { spawnSync } = require('node:child_process'); for (const file of ${JSON.stringify(files)}) spawnSync(process.execPath, [${JSON.stringify(cli)}, 'lint', file]);`;
}

/** `prepare` computes a context's shared layers first, so that no rule pays for them. */
function profileRules<C extends { document: TextDocument }>(target: Target<C>, sources: readonly Source[], prepare?: (context: C) => void): { id: string; time: number }[] {
  const parsed = sources
    .filter((source) => source.kind === target.name)
    .map((source) => {
      const options = lintOptions(source.path);
      const context = target.parse(TextDocument.create(pathToFileURL(source.path).href, source.kind, 1, source.text), options.workspace ?? {});
      prepare?.(context);
      return { options, context, suppressions: target.suppressions(context) };
    });
  return target.rules.map((rule) => {
    const start = performance.now();
    for (const { options, context, suppressions } of parsed) runRules([rule], context, suppressions, { ...options, severities: {} });
    return { id: rule.id, time: performance.now() - start };
  });
}

/** `--profile-rules`: each rule alone over the same files (one run; each file parsed once, before). */
function ruleProfileSection(sources: readonly Source[]): void {
  const dockerfiles = sources.filter((source) => source.kind === 'dockerfile');
  console.log(`\nWhere Dockerfile lint time goes: ${dockerfiles.length} files, each layer computed once per parse (median of ${RUNS} runs)`);
  const parses = dockerfiles.map((source) => {
    const options = lintOptions(source.path);
    return { options, parse: () => dockerfile.parse(TextDocument.create(pathToFileURL(source.path).href, 'dockerfile', 1, source.text), options.workspace ?? {}) };
  });
  const layers = layerRows(parses, RUNS);
  const sum = layers.reduce((total, { time }) => total + time, 0);
  table([['step', 'time', 'share'], ...layers.map(({ name, time }) => [name, ms(time), `${((100 * time) / sum).toFixed(0)}%`])]);
  console.log(`\nSlowest rules over ${sources.length} files (one run each, parse and Dockerfile layers excluded)`);
  const times = [...profileRules(dockerfile, sources, computeLayers), ...profileRules(compose, sources), ...profileRules(kubernetes, sources)];
  const top = times.sort((a, b) => b.time - a.time).slice(0, 10);
  table([['rule', 'time'], ...top.map(({ id, time }) => [id, ms(time)])]);
  yamlProfileSection(sources);
}

/** Where Compose and Kubernetes lint time goes, beside the floor of section 2, and their slowest rules. */
function yamlProfileSection(sources: readonly Source[]): void {
  const yamlSources = sources.filter((source): source is Source & { kind: 'compose' | 'kubernetes' } => source.kind !== 'dockerfile');
  if (yamlSources.length === 0) return;
  console.log(`\nWhere Compose and Kubernetes lint time goes: ${yamlSources.length} files (median of ${RUNS} runs)`);
  const floor = measure(yamlSources, (source) => parseAllDocuments(source.text)).total;
  const rows = yamlLayerRows(
    yamlSources.map((source) => ({ kind: source.kind, document: () => TextDocument.create(pathToFileURL(source.path).href, source.kind, 1, source.text), options: lintOptions(source.path) })),
    RUNS,
  );
  table([['step', 'time', 'x parse'], ['parse only (yaml), the floor of section 2', ms(floor), '1.0'], ...rows.map(({ name, time }) => [name, ms(time), (time / floor).toFixed(1)])]);
  console.log(`\nSlowest Compose and Kubernetes rules over ${yamlSources.length} files (one run each, parse excluded)`);
  const top = [...profileRules(compose, yamlSources), ...profileRules(kubernetes, yamlSources)].sort((a, b) => b.time - a.time).slice(0, 10);
  table([['rule', 'time'], ...top.map(({ id, time }) => [id, ms(time)])]);
}

/** The server's start on the folder as one workspace: walk, read, analyse, workspace rules, every report pushed. */
async function indexOnce(): Promise<{ time: number; files: TextDocument[]; published: number; diagnostics: number }> {
  const start = performance.now();
  const { workspace, index, sent } = workspaceServer(folder);
  await workspace.start([folder], { report: () => undefined });
  return { time: performance.now() - start, files: [...index.all()], published: sent.reports, diagnostics: sent.diagnostics };
}

async function workspaceSection(): Promise<void> {
  const runs = Math.min(RUNS, 3);
  console.log(`\nThe folder as one workspace, as the server indexes it at start (median of ${runs} runs after a warm-up)`);
  const { files } = await indexOnce();
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await indexOnce());
  const time = median(results.map((result) => result.time));
  const { published, diagnostics } = results[0]!;
  // `analyse` alone parses: reading `result` runs the rules, as the lint of each file does.
  const oneByOne = measure(files, (document) => {
    const fresh = TextDocument.create(document.uri, document.languageId, 1, document.getText());
    void recogniseTarget(fresh.uri, '', fresh.getText())!.analyse(fresh, lintOptions(new URL(fresh.uri).pathname)).result;
  }, runs);
  table([
    ['', 'files', 'time', 'x one by one'],
    ['lint each file alone (in process, read already)', files.length, ms(oneByOne.total), '1.0'],
    [`index + analyse + workspace rules + publish (${published} files, ${diagnostics} diagnostics)`, files.length, ms(time), (time / oneByOne.total).toFixed(1)],
  ]);
}

/** `documents` documents in one manifest: Deployments, each followed by the Service that selects it. */
function deploymentsAndServices(documents: number): string {
  const service = (index: number) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: web-${index}\nspec:\n  selector: { app: web-${index} }\n  ports:\n    - port: 80\n      targetPort: http\n`;
  const deployment = syntheticManifest(1).replaceAll('web-0', 'web-INDEX').replace('containerPort: 80', 'containerPort: 80\n              name: http');
  return Array.from({ length: documents }, (_, index) => (index % 2 ? service(index >> 1) : deployment.replaceAll('INDEX', String(index >> 1)))).join('---\n');
}

/** An edit of one manifest, open in the editor, in a workspace of that manifest alone: from `changed(uri)` till its report is sent, each edit a lone one (linted at once). */
async function manifestEditTimes(documents: number, runs: number): Promise<number[]> {
  const root = mkdtempSync(join(tmpdir(), 'container-coach-bench-edit-'));
  try {
    const text = deploymentsAndServices(documents);
    const middle = text.lastIndexOf('replicas: 2', text.length >> 1);
    const edited = `${text.slice(0, middle)}replicas: 3${text.slice(middle + 'replicas: 2'.length)}`;
    const uri = pathToFileURL(join(root, 'manifest.yaml')).href;
    writeFileSync(join(root, 'manifest.yaml'), text);
    let open: TextDocument | undefined;
    let waiting: { version: number; sent: () => void } | undefined;
    const { workspace } = workspaceServer(root, {
      open: (each) => (each === uri ? open : undefined),
      openUris: () => (open ? [uri] : []),
      send: (params) => {
        if (waiting && params.uri === uri && params.version === waiting.version) waiting.sent();
      },
    });
    // No delay: however quickly the last edit's report came, each edit here is a lone one.
    workspace.edits.delayMs = 0;
    await workspace.start([root], { report: () => undefined });
    const sent = (version: number) => new Promise<void>((resolve) => (waiting = { version, sent: resolve }));
    open = TextDocument.create(uri, 'yaml', 1, text);
    const opened = sent(1);
    workspace.opened(uri);
    await opened;
    const times: number[] = [];
    for (let version = 2; version <= runs + 2; version++) {
      open = TextDocument.create(uri, 'yaml', version, version % 2 ? text : edited);
      const done = sent(version);
      const start = performance.now();
      workspace.changed(uri);
      await done;
      if (version > 2) times.push(performance.now() - start);
    }
    return times;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function manifestEditSection(): Promise<void> {
  const runs = Math.min(RUNS, 3);
  console.log(`\nAn edit in one manifest of Deployments and their Services (the workspace: that file; median of ${runs} edits after a warm-up)`);
  const rows: (string | number)[][] = [['documents', 'edit -> report sent', 'per 1k documents']];
  for (const documents of [250, 500, 1000]) {
    const time = median(await manifestEditTimes(documents, runs));
    rows.push([documents, ms(time), ms((time / documents) * 1000)]);
  }
  table(rows);
}

/** 5,000 small files in numbered folders of a temporary workspace, each folder a Dockerfile, a Compose file and a manifest copied from the corpus. */
function manyFilesWorkspace(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'container-coach-bench-files-'));
  const byKind = (kind: DocumentKind) => sources.filter((source) => source.kind === kind);
  const kinds: [string, Source[]][] = [['Dockerfile', byKind('dockerfile')], ['compose.yaml', byKind('compose')], ['manifest.yaml', byKind('kubernetes')]];
  const used = kinds.filter(([, list]) => list.length > 0);
  for (let file = 0; file < count && used.length > 0; file++) {
    const [name, list] = used[file % used.length]!;
    const folderOf = join(root, String(Math.floor(file / used.length)).padStart(4, '0'));
    mkdirSync(folderOf, { recursive: true });
    writeFileSync(join(folderOf, name), list[Math.floor(file / used.length) % list.length]!.text);
  }
  return root;
}

function workspaceMemorySection(): void {
  const count = 5000;
  console.log(`\nMemory of a workspace of ${count.toLocaleString('en')} files (index + analyse + publish in a fresh process, node --expose-gc)`);
  const root = manyFilesWorkspace(count);
  try {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(repo, 'scripts/benchWorkspaceMemory.ts'), root], { encoding: 'utf8', cwd: repo, maxBuffer: 1 << 26 });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(`  the measuring process failed: ${child.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
      return;
    }
    type Memory = { heapUsed: number | null; rss: number };
    const { files, diagnostics, before, after } = JSON.parse(line) as { files: number; diagnostics: number; before: Memory; after: Memory };
    const mb = (bytes: number | null) => (bytes === null ? 'no GC' : `${(bytes / 2 ** 20).toFixed(0)} MB`);
    table([
      ['', 'files', 'heap after GC', 'RSS'],
      ['before indexing (modules loaded)', 0, mb(before.heapUsed), mb(before.rss)],
      [`indexed, analysed, published (${diagnostics} diagnostics)`, files, mb(after.heapUsed), mb(after.rss)],
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

// The server section alone (`--servers`) reads no corpus.
const sources = args.includes('--servers') ? [] : sourcesUnder(folder);
const dockerfiles = sources.filter((source) => source.kind === 'dockerfile');
const yamlFiles = sources.filter((source) => source.kind !== 'dockerfile');
const servers = () => serverSection({ repo, runs: Math.min(RUNS, 5), dockerfile: syntheticDockerfile(20_000), manifest: syntheticManifest(1000), edits: serverEdits, debounceMs: VALIDATION_DELAY_MS });

/**
 * The server section, in a process of its own: this one holds the heap of every section before it (the
 * corpus and its analyses), and collecting it when a server's large publication arrives shares the two
 * cores with the server being timed.
 */
function serversApart(): void {
  const { status } = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...args, '--servers'], { stdio: 'inherit' });
  if (status !== 0) process.exitCode = 1;
}

if (args.includes('--servers')) void servers();
else {
  console.log(`container-coach bench: ${relative(process.cwd(), folder) || '.'}, median of ${RUNS} runs after a warm-up, node ${process.version}`);

  engineSection('Dockerfiles, in process', dockerfiles, (text) => DockerfileParser.parse(text), 'dockerfile-ast');
  engineSection('Compose files and Kubernetes manifests, in process', yamlFiles, (text) => parseAllDocuments(text), 'yaml');
  scalingSection('Synthetic Dockerfile (one file, growing)', 'lines', [5000, 10000, 20000], (lines) => ({ path: join(repo, 'Dockerfile.synthetic'), kind: 'dockerfile', text: syntheticDockerfile(lines) }), (text) => DockerfileParser.parse(text));
  scalingSection('Chained stages (one file, growing)', 'stages', [2500, 5000, 10000], (stages) => ({ path: join(repo, 'Dockerfile.stages'), kind: 'dockerfile', text: chainedStages(stages) }), (text) => DockerfileParser.parse(text));
  scalingSection('ENV lines with undeclared variables (one file, growing)', 'lines', [2500, 5000, 10000], (lines) => ({ path: join(repo, 'Dockerfile.envs'), kind: 'dockerfile', text: undeclaredEnvs(lines) }), (text) => DockerfileParser.parse(text));
  scalingSection('Synthetic Kubernetes manifest (one file, growing)', 'documents', [250, 500, 1000], (documents) => ({ path: join(repo, 'synthetic.yaml'), kind: 'kubernetes', text: syntheticManifest(documents) }), (text) => parseAllDocuments(text));
  editSection();
  hostileSection();
  if (args.includes('--profile-rules')) ruleProfileSection(sources);
  void workspaceSection()
    .then(manifestEditSection)
    .then(workspaceMemorySection)
    .then(() => cliSection(dockerfiles, yamlFiles))
    .then(() => args.includes('--no-servers') || serversApart());
}
