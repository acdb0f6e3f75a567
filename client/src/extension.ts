import type * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Ctx } from './context';
import { createLanguageClient } from './languageClient';

let ctx: Ctx | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  registerCommands(ctx);
  const client = (ctx.client = createLanguageClient(context, ctx.output));
  const output = ctx.output;
  // Activation does not wait for the server: diagnostics arrive when it is ready, the views work before.
  // The client reports a failed start itself.
  client.start().then(
    () => output.info(`Language server started ${ms(started)} ms after activation began.`),
    (error: unknown) => output.error(`The language server did not start: ${String(error)}`),
  );
  // The in-editor tests read this line; the bank is read later, when the tree or a question is first shown.
  output.info(`Activated in ${ms(started)} ms (question bank loaded: ${ctx.store.loaded ? 'yes' : 'no'}).`);
}

function ms(from: number): number {
  return Math.round(performance.now() - from);
}

export async function deactivate(): Promise<void> {
  await ctx?.client?.stop();
}
