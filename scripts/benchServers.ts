/**
 * The bench's server section: each language server driven over stdio as an editor drives it, ours beside
 * rcjsuen's dockerfile-language-server-nodejs and yaml-language-server (docs/bench.md explains each row).
 * No server is given a schema or a network address: yaml-language-server runs with its schema store off.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

interface ServerCommand {
  name: string;
  args: string[];
  /** Sent once initialized, as `workspace/didChangeConfiguration`. */
  settings?: object;
}

interface Running {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** Resolves with the next publication for `uri` (of `version`, when the server sends versions) after now. */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

async function start(command: ServerCommand): Promise<Running> {
  const child = spawn(process.execPath, [...command.args, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let waiters: { uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    waiters = waiters.filter((waiter) => {
      if (waiter.uri !== params.uri || (waiter.version !== undefined && params.version !== undefined && params.version !== waiter.version)) return true;
      waiter.resolve(params);
      return false;
    });
  });
  // Registrations and progress: accepted, answered with nothing.
  for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) connection.onRequest(method, () => null);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  if (command.settings) await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: command.settings });
  return {
    child,
    connection,
    nextDiagnostics: (uri, version) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${command.name} published no diagnostics for ${uri} in 120 s`)), 120_000);
        waiters.push({ uri, version, resolve: (params) => (clearTimeout(timer), resolve(params)) });
      }),
    async stop() {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await connection.sendNotification('exit');
      connection.dispose();
      child.kill();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The time `work` takes until the promise it returns settles. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const begin = performance.now();
  await work();
  return performance.now() - begin;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Document {
  uri: string;
  languageId: string;
  text: string;
}

function open(server: Running, document: Document, version = 1): Promise<PublishDiagnosticsParams> {
  const published = server.nextDiagnostics(document.uri, version);
  void server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { ...document, version } });
  return published;
}

/** Replaces line `line` (a line that is not the last) with `text`. */
function editLine(server: Running, uri: string, version: number, line: number, text: string): Promise<PublishDiagnosticsParams> {
  const published = server.nextDiagnostics(uri, version);
  const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
  void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: `${text}\n` }] });
  return published;
}

interface Timings {
  cold: number;
  warm: number;
  edit: number;
  hover?: number;
}

/**
 * Cold: the first open after start (a fresh server each run). Warm: the same text opened again under another
 * name in that server, after it closed nothing (the code is compiled, the caches filled). Edit: one line of
 * the warm document changed (then changed back), until its diagnostics: a lone edit, `quietMs` after the
 * diagnostics of the one before (a server that debounces lints it as one). Hover: sent right after such an
 * edit, on a line it did not change, until its answer.
 */
async function documentRun(command: ServerCommand, document: Document, edited: { line: number; text: string }, hoverAt: { line: number; character: number } | undefined, quietMs: number): Promise<{ cold: number; warm: number; edit: number[]; hover: number[] }> {
  const edit: number[] = [];
  const hover: number[] = [];
  const original = document.text.split('\n')[edited.line]!;
  const server = await start(command);
  const cold = await timed(() => open(server, { ...document, uri: `${document.uri}?cold` }));
  const uri = `${document.uri}?warm`;
  const warm = await timed(() => open(server, { ...document, uri }));
  let version = 1;
  for (let change = 0; change < 4; change++) {
    const text = change % 2 ? original : edited.text;
    await sleep(quietMs);
    const time = await timed(() => editLine(server, uri, ++version, edited.line, text));
    if (change > 0) edit.push(time);
  }
  if (hoverAt) {
    for (let change = 0; change < 3; change++) {
      await sleep(quietMs);
      const published = editLine(server, uri, ++version, edited.line, change % 2 ? original : edited.text);
      hover.push(await timed(() => server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt })));
      await published;
    }
  }
  await server.stop();
  return { cold, warm, edit, hover };
}

/**
 * The timings of each command (`documentRun`), the commands run in turn (ours, the peer, ours, …): on a
 * machine whose speed drifts, each of them then sees the same drift.
 */
async function documentTimings(commands: readonly ServerCommand[], document: Document, edited: { line: number; text: string }, hoverAt: { line: number; character: number } | undefined, runs: number, quietMs: number): Promise<Timings[]> {
  const results = commands.map(() => ({ cold: [] as number[], warm: [] as number[], edit: [] as number[], hover: [] as number[] }));
  for (let run = 0; run < runs; run++) {
    for (const [index, command] of commands.entries()) {
      const { cold, warm, edit, hover } = await documentRun(command, document, edited, hoverAt, quietMs);
      const result = results[index]!;
      result.cold.push(cold);
      result.warm.push(warm);
      result.edit.push(...edit);
      result.hover.push(...hover);
    }
  }
  return results.map(({ cold, warm, edit, hover }) => ({ cold: median(cold), warm: median(warm), edit: median(edit), ...(hoverAt && { hover: median(hover) }) }));
}

/** From spawning the process to the first diagnostics of a small file opened as soon as it is initialized. */
async function startToDiagnostics(command: ServerCommand, document: Document, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const begin = performance.now();
    const server = await start(command);
    await open(server, document);
    times.push(performance.now() - begin);
    await server.stop();
  }
  return median(times);
}

/** The process's resident memory now and at its peak (VmRSS, VmHWM), in MB. */
function memoryOf(child: ChildProcess): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** Memory after `counts` edits of the document (each waited for until its diagnostics), one server. */
async function memoryAfterEdits(command: ServerCommand, document: Document, edited: { line: number; text: string }, counts: readonly number[]): Promise<{ rss: number; peak: number }[]> {
  const server = await start(command);
  await open(server, document);
  const original = document.text.split('\n')[edited.line]!;
  const results = [];
  let version = 1;
  for (const count of counts) {
    while (version - 1 < count) await editLine(server, document.uri, ++version, edited.line, version % 2 ? original : `${edited.text} ${version}`);
    results.push(memoryOf(server.child));
  }
  await server.stop();
  return results;
}

const ms = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);
const mb = (value: number) => `${value.toFixed(0)} MB`;
const ratio = (ours: number | undefined, peer: number | undefined) => (ours === undefined || peer === undefined ? '' : `${(ours / peer).toFixed(2)}x`);

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('   ')}`);
}

export interface ServerSectionInput {
  repo: string;
  runs: number;
  dockerfile: string;
  manifest: string;
  /** The edit counts of the memory rows: ours at each, the peer at the first. */
  edits: readonly number[];
  /** How long our server waits after the last edit of a burst before it lints (a lone edit is linted at once). */
  debounceMs: number;
}

export async function serverSection({ repo, runs, dockerfile, manifest, edits, debounceMs }: ServerSectionInput): Promise<void> {
  const ours: ServerCommand = { name: 'container-coach', args: [join(repo, 'dist/server.js')] };
  const rcjsuen: ServerCommand = { name: 'dockerfile-language-server-nodejs', args: [join(repo, 'node_modules/dockerfile-language-server-nodejs/bin/docker-langserver')] };
  const yamlServer: ServerCommand = {
    name: 'yaml-language-server',
    args: [join(repo, 'node_modules/yaml-language-server/bin/yaml-language-server')],
    settings: { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: {}, kubernetesCRDStore: { enable: false } } },
  };
  const dockerLines = dockerfile.split('\n').length - 1;
  const manifestDocuments = manifest.split('\n---\n').length;
  console.log(`\nLanguage servers over stdio (one process each, median of ${runs} runs; each edit a lone one, ${debounceMs} ms after the one before: ours lints those at once, a burst ${debounceMs} ms after its last edit)`);

  const dockerDocument: Document = { uri: 'file:///bench/big/Dockerfile', languageId: 'dockerfile', text: dockerfile };
  const dockerEdit = { line: Math.floor(dockerLines / 2), text: 'RUN echo edited' };
  const hoverAt = { line: 3, character: 2 };
  const [oursDocker, peerDocker] = await documentTimings([ours, rcjsuen], dockerDocument, dockerEdit, hoverAt, runs, debounceMs);

  const manifestDocument: Document = { uri: 'file:///bench/big/deployments.yaml', languageId: 'yaml', text: manifest };
  const manifestEdit = { line: 6, text: '  replicas: 3' };
  const [oursManifest, peerManifest] = await documentTimings([ours, yamlServer], manifestDocument, manifestEdit, undefined, runs, debounceMs);

  const small: Document = { uri: 'file:///bench/small/Dockerfile', languageId: 'dockerfile', text: 'FROM alpine:3.23\nRUN apk add curl\nCMD ["sh"]\n' };
  const smallYaml: Document = { uri: 'file:///bench/small/deployment.yaml', languageId: 'yaml', text: manifest.split('\n---\n')[0]! };
  const startOurs = await startToDiagnostics(ours, small, runs);
  const startRcjsuen = await startToDiagnostics(rcjsuen, small, runs);
  const startOursYaml = await startToDiagnostics(ours, smallYaml, runs);
  const startYaml = await startToDiagnostics(yamlServer, smallYaml, runs);

  const dockerName = `${dockerLines.toLocaleString('en-US')}-line Dockerfile`;
  const manifestName = `${manifestDocuments.toLocaleString('en-US')}-document manifest`;
  table([
    ['', 'container-coach', 'peer', 'ratio', 'peer'],
    [`open -> diagnostics, ${dockerName}, cold`, ms(oursDocker.cold), ms(peerDocker.cold), ratio(oursDocker.cold, peerDocker.cold), rcjsuen.name],
    [`open -> diagnostics, ${dockerName}, warm`, ms(oursDocker.warm), ms(peerDocker.warm), ratio(oursDocker.warm, peerDocker.warm), rcjsuen.name],
    [`edit -> diagnostics, ${dockerName}`, ms(oursDocker.edit), ms(peerDocker.edit), ratio(oursDocker.edit, peerDocker.edit), rcjsuen.name],
    [`hover right after an edit, ${dockerName}`, ms(oursDocker.hover), ms(peerDocker.hover), ratio(oursDocker.hover, peerDocker.hover), rcjsuen.name],
    [`open -> diagnostics, ${manifestName}, cold`, ms(oursManifest.cold), ms(peerManifest.cold), ratio(oursManifest.cold, peerManifest.cold), yamlServer.name],
    [`open -> diagnostics, ${manifestName}, warm`, ms(oursManifest.warm), ms(peerManifest.warm), ratio(oursManifest.warm, peerManifest.warm), yamlServer.name],
    [`edit -> diagnostics, ${manifestName}`, ms(oursManifest.edit), ms(peerManifest.edit), ratio(oursManifest.edit, peerManifest.edit), yamlServer.name],
    ['server start -> first diagnostics, 3-line Dockerfile', ms(startOurs), ms(startRcjsuen), ratio(startOurs, startRcjsuen), rcjsuen.name],
    ['server start -> first diagnostics, one Deployment', ms(startOursYaml), ms(startYaml), ratio(startOursYaml, startYaml), yamlServer.name],
  ]);

  const oursMemory = await memoryAfterEdits(ours, dockerDocument, dockerEdit, edits);
  const [peerMemory] = await memoryAfterEdits(rcjsuen, dockerDocument, dockerEdit, edits.slice(0, 1));
  console.log(`\nMemory of the server process after edits of the ${dockerName}, each edit waited for until its diagnostics (VmRSS now, VmHWM peak)`);
  table([
    ['', 'container-coach', 'peak', rcjsuen.name, 'peak'],
    ...edits.map((count, index) => [
      `after ${count.toLocaleString('en-US')} edits`,
      mb(oursMemory[index]!.rss),
      mb(oursMemory[index]!.peak),
      index === 0 ? mb(peerMemory!.rss) : '',
      index === 0 ? mb(peerMemory!.peak) : '',
    ]),
  ]);
}
