import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER = join(__dirname, '..', '..', 'dist', 'server.js');

type Waiter = { uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void };

/** The real server, started as other editors start it (`node dist/server.js --stdio`). */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private waiters: Waiter[] = [];
  readonly stderr: string[] = [];

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params);
      this.waiters = this.waiters.filter((waiter) => {
        if (waiter.uri !== params.uri || !waiter.accept(params)) return true;
        waiter.resolve(params.diagnostics);
        return false;
      });
    });
    this.connection.listen();
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

  /** Resolves with the first diagnostics published for `uri` that satisfy `accept` (already published ones count). */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const known = this.latest.get(uri);
    if (known && accept(known)) return Promise.resolve(known.diagnostics);
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.process.kill();
    }
  }

  get exitCode(): number | null {
    return this.process.exitCode;
  }
}
