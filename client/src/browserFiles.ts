import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  type ReadDirectoryParams,
  type ReadDirectoryResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../common/src/fileRequests';

/** Answers the web server's reads of the files around a document (its `.dockerignore`, the project's settings files). */
export function answerFileRequests(client: BaseLanguageClient): void {
  // Kept as is, like Node's readFileSync(…, 'utf8'): a byte order mark is the settings parser's to see.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  client.onRequest(READ_FILE_REQUEST, async ({ uri, maxSize }: ReadFileParams): Promise<ReadFileResult> => {
    try {
      const file = vscode.Uri.parse(uri, true);
      const stat = await vscode.workspace.fs.stat(file);
      if ((stat.type & vscode.FileType.File) === 0 || stat.size > maxSize) return null;
      return decoder.decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return null;
    }
  });
  client.onRequest(READ_DIRECTORY_REQUEST, async ({ uri }: ReadDirectoryParams): Promise<ReadDirectoryResult> => {
    try {
      const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri, true));
      return entries.map(([name]) => name);
    } catch {
      return null;
    }
  });
}
