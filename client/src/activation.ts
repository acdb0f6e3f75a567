import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { Ctx } from './context';

let ctx: Ctx | undefined;

/** What the desktop (extension.ts) and the web extension (browserExtension.ts) share once they have their client. */
export function startExtension(
  context: vscode.ExtensionContext,
  assets: (relativePath: string) => string,
  createClient: (output: vscode.LogOutputChannel) => BaseLanguageClient,
  started: number,
): Ctx {
  ctx = new Ctx(context, assets);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  const output = ctx.output;
  const client = (ctx.client = createClient(output));
  // Activation does not wait for the server: diagnostics arrive when it is ready, the views work before.
  // The client reports a failed start itself.
  client.start().then(
    () => output.info(`Language server started ${ms(started)} ms after activation began.`),
    (error: unknown) => output.error(`The language server did not start: ${String(error)}`),
  );
  // The in-editor tests read this line; the bank is read later, when the tree or a question is first shown.
  output.info(`Activated in ${ms(started)} ms (question bank loaded: ${ctx.store.loaded ? 'yes' : 'no'}).`);
  return ctx;
}

function ms(from: number): number {
  return Math.round(performance.now() - from);
}

export async function stopExtension(): Promise<void> {
  await ctx?.client?.stop();
}
