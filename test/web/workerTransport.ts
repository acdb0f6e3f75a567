import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message } from 'vscode-languageserver-protocol/node';
import { chromiumArgs, chromiumPath } from '../editor/workbench';
import type { ServerTransport } from '../protocol/lspClient';

export const WEB_SERVER = join(__dirname, '..', '..', 'dist', 'web', 'server.js');

/** The page: the web server bundle in a Worker, its messages passed on to and from the test. */
const PAGE = `<!doctype html>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>Container Coach web worker</title>
<script>
  const worker = new Worker('/server.js');
  worker.onmessage = (event) => window.fromServer(event.data);
  worker.onerror = (event) => window.workerFailed(String(event.message));
  window.toServer = (message) => worker.postMessage(message);
</script>`;

class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }

  receive(message: Message): void {
    this.callback?.(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }

  async write(message: Message): Promise<void> {
    try {
      await this.page.evaluate((sent) => (globalThis as unknown as { toServer(message: unknown): void }).toServer(sent), message as unknown as object);
    } catch (error) {
      this.fireError(error, message, 1);
    }
  }

  end(): void {}
}

/**
 * dist/web/server.js in a Worker of a page that 127.0.0.1 serves to Debian's Chromium; `close` stops the
 * browser and the HTTP server. `failures` collects what the worker threw and what it logged as an error.
 */
export async function startWorkerServer(): Promise<ServerTransport & { failures: string[]; requested: string[] }> {
  const bundle = readFileSync(WEB_SERVER);
  const requested: string[] = [];
  const http: Server = createServer((request, response) => {
    requested.push(request.url ?? '');
    if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (request.url === '/server.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  };
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const page = await browser.newPage();
    const reader = new PageReader();
    const failures: string[] = [];
    await page.exposeFunction('fromServer', (message: Message) => reader.receive(message));
    await page.exposeFunction('workerFailed', (message: string) => failures.push(message));
    page.on('pageerror', (error) => failures.push(String(error)));
    page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));
    await page.goto(`http://127.0.0.1:${port}/`);
    return { reader, writer: new PageWriter(page), close, exitCode: () => null, failures, requested };
  } catch (error) {
    await close();
    throw error;
  }
}
