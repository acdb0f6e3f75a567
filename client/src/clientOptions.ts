import { extensions, type LogOutputChannel } from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';

export const OPEN_QUESTION_COMMAND = 'containerCoach.openQuestion';

/** `vscode-vfs`: the files of a virtual workspace (GitHub Repositories, Remote Repositories, vscode.dev). */
const LINTED_SCHEMES = ['file', 'untitled', 'vscode-vfs'];

/** The installed and enabled extensions whose findings or hovers overlap ours (server/src/settings/neighbours.ts). */
function neighbours(): { dockerDx: boolean; containerTools: boolean } {
  const installed = (id: string): boolean => extensions.getExtension(id) !== undefined;
  return { dockerDx: installed('docker.docker'), containerTools: installed('ms-azuretools.vscode-containers') || installed('ms-azuretools.vscode-docker') };
}

/** The options of both language clients: the Node one (languageClient.ts) and the web one (browserLanguageClient.ts). */
export function clientOptions(outputChannel?: LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: [
      ...LINTED_SCHEMES.flatMap((scheme) => ['dockerfile', 'dockercompose', 'yaml'].map((language) => ({ scheme, language }))),
      { scheme: 'file', pattern: '**/{.dockerignore,*.dockerignore}' },
    ],
    ...(outputChannel && { outputChannel }),
    initializationOptions: { questionLinks: 'command', clientDockerfileSnippets: true, neighbours: neighbours() },
    // Hovers are Markdown the server builds; the only command their links may run opens a question.
    markdown: { isTrusted: { enabledCommands: [OPEN_QUESTION_COMMAND] }, supportHtml: false },
  };
}
