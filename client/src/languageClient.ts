import { extensions, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export const OPEN_QUESTION_COMMAND = 'containerCoach.openQuestion';

/** `vscode-vfs`: the files of a virtual workspace (GitHub Repositories, Remote Repositories). */
const LINTED_SCHEMES = ['file', 'untitled', 'vscode-vfs'];

/** The installed and enabled extensions whose findings or hovers overlap ours (server/src/settings/neighbours.ts). */
function neighbours(): { dockerDx: boolean; containerTools: boolean } {
  const installed = (id: string): boolean => extensions.getExtension(id) !== undefined;
  return { dockerDx: installed('docker.docker'), containerTools: installed('ms-azuretools.vscode-containers') || installed('ms-azuretools.vscode-docker') };
}

export function createLanguageClient(context: ExtensionContext, outputChannel?: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...LINTED_SCHEMES.flatMap((scheme) => ['dockerfile', 'dockercompose', 'yaml'].map((language) => ({ scheme, language }))),
      { scheme: 'file', pattern: '**/{.dockerignore,*.dockerignore}' },
    ],
    ...(outputChannel && { outputChannel }),
    initializationOptions: { questionLinks: 'command', clientDockerfileSnippets: true, neighbours: neighbours() },
    // Hovers are Markdown the server builds; the only command their links may run opens a question.
    markdown: { isTrusted: { enabledCommands: [OPEN_QUESTION_COMMAND] }, supportHtml: false },
  };
  return new LanguageClient('containerCoach', 'Container Coach', serverOptions, clientOptions);
}
