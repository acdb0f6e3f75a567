import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient, OPEN_QUESTION_COMMAND } from './languageClient';
import { QuestionStore } from './questionBank';
import { QuestionView } from './questionView';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const questions = new QuestionView(new QuestionStore(context.asAbsolutePath('dist/bank.json')));
  context.subscriptions.push(
    questions,
    vscode.commands.registerCommand(OPEN_QUESTION_COMMAND, (id: unknown) => {
      if (typeof id === 'string') questions.show(id);
    }),
  );
  client = createLanguageClient(context);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
