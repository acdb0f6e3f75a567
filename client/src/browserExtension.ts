import * as vscode from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { startExtension, stopExtension } from './activation';
import { answerFileRequests } from './browserFiles';
import { clientOptions } from './clientOptions';

/** The files of the extension the client reads; the web server has its own data bundled. */
const ASSETS = ['dist/bank.json', 'dist/rules.json', 'dist/snippets.json'];

declare const Worker: new (url: string) => ServerOptions;

/** The web extension (vscode.dev, github.dev): the server runs in a Worker and reads files through this client. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = performance.now();
  const texts = new Map<string, string>();
  const decoder = new TextDecoder();
  await Promise.all(ASSETS.map(async (relativePath) => texts.set(relativePath, decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, relativePath))))));
  const assets = (relativePath: string): string => {
    const text = texts.get(relativePath);
    if (text === undefined) throw new Error(`${relativePath} is not one of the files the web extension reads ahead`);
    return text;
  };
  startExtension(context, assets, (output) => {
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js').toString(true));
    const client = new LanguageClient('containerCoach', 'Container Coach', worker, clientOptions(output));
    answerFileRequests(client);
    return client;
  }, started);
}

export const deactivate = stopExtension;
