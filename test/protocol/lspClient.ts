import { spawn, type ChildProcess } from 'node:child_process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

/** How a test reaches the server: `node dist/server.js --stdio` by default, a Worker in Chromium in test/web. */
export interface ServerTransport {
  reader: MessageReader;
  writer: MessageWriter;
  close(): void | Promise<void>;
  exitCode(): number | null;
}

type Waiter = { uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void };

/** The real server, started as other editors start it (`node dist/server.js --stdio`), once `start()` runs. */
export class LspClient {
  private started?: { connection: ProtocolConnection; transport: ServerTransport };
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: Waiter[] = [];
  /** The URI of every publication, in order. */
  readonly published: string[] = [];
  /** Every publication, in order. */
  readonly publications: PublishDiagnosticsParams[] = [];
  readonly stderr: string[] = [];

  start(transport: ServerTransport = this.spawnServer()): void {
    const connection = createProtocolConnection(transport.reader, transport.writer);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params);
      this.published.push(params.uri);
      this.publications.push(params);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.accept(params)) return true;
        waiter.resolve(params.diagnostics);
        return false;
      });
    });
    connection.listen();
    this.started = { connection, transport };
  }

  private spawnServer(): ServerTransport {
    const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    return {
      reader: new StreamMessageReader(child.stdout!),
      writer: new StreamMessageWriter(child.stdin!),
      close: () => void child.kill(),
      exitCode: () => child.exitCode,
    };
  }

  get connection(): ProtocolConnection {
    if (!this.started) throw new Error('the server is not started: call start() (useLspClient does) first');
    return this.started.connection;
  }

  async initialize(initializationOptions: object = { questionLinks: 'command' }, textDocument: object = {}): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, ...textDocument } },
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Initializes with one workspace folder, as an editor that opened it does. */
  async initializeFolder(folder: string, capabilities: ClientCapabilities, initializationOptions: object = { questionLinks: 'command' }): Promise<void> {
    const rootUri = pathToFileURL(folder).href;
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: basename(folder) }], capabilities, initializationOptions });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Resolves with the first diagnostics published for `uri` that satisfy `accept` (already published ones count). */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const known = this.latest.get(uri);
    if (known && accept(known)) return Promise.resolve(known.diagnostics);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    const { connection, transport } = this.started;
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await connection.sendNotification('exit');
    } finally {
      connection.dispose();
      await transport.close();
    }
  }

  get exitCode(): number | null {
    return this.started?.transport.exitCode() ?? null;
  }
}

/**
 * A server for the enclosing `describe`: started before its tests, stopped after them. `setup` runs once
 * the server is started; by default it initializes as our client does.
 */
export function useLspClient(setup: (client: LspClient) => Promise<void> = (client) => client.initialize()): LspClient {
  const client = new LspClient();
  before(async () => {
    client.start();
    await setup(client);
  });
  after(() => client.stop());
  return client;
}
