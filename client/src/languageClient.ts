import type { ExtensionContext, LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const OPEN_QUESTION_COMMAND = 'containerCoach.openQuestion';

export function createLanguageClient(context: ExtensionContext, outputChannel?: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'dockerfile' },
      { scheme: 'untitled', language: 'dockerfile' },
      { scheme: 'file', language: 'dockercompose' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'untitled', language: 'dockercompose' },
      { scheme: 'file', pattern: '**/{.dockerignore,*.dockerignore}' },
    ],
    ...(outputChannel && { outputChannel }),
    initializationOptions: { questionLinks: 'command', clientDockerfileSnippets: true },
    // Hovers are Markdown the server builds; the only command their links may run opens a question.
    markdown: { isTrusted: { enabledCommands: [OPEN_QUESTION_COMMAND] }, supportHtml: false },
  };
  return new LanguageClient('containerCoach', 'Container Coach', serverOptions, clientOptions);
}
