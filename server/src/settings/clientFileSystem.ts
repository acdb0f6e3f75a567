import type { Connection } from 'vscode-languageserver';
import {
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  type ReadDirectoryParams,
  type ReadDirectoryResult,
  type ReadFileParams,
  type ReadFileResult,
} from '../../../common/src/fileRequests';
import { MAX_SETTINGS_FILE, type FileReads, type WorkspaceFileSystem } from './workspaceFiles';

/**
 * The web server's file access: the client reads the files (`containerCoach/readFile`, `…/readDirectory`)
 * and `prefetch` keeps its answers, which the synchronous reads then return. A read nobody fetched is
 * unknown: undefined, as for a file that cannot be read.
 */
export class ClientFileSystem implements WorkspaceFileSystem {
  private files = new Map<string, Promise<ReadFileResult>>();
  private directories = new Map<string, Promise<ReadDirectoryResult>>();
  private readonly answers = new Map<string, string | string[] | null>();

  constructor(
    private readonly connection: Pick<Connection, 'sendRequest'>,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  readFile(uri: string): string | undefined {
    const answer = this.answers.get(`file ${uri}`);
    return typeof answer === 'string' ? answer : undefined;
  }

  readDirectory(uri: string): string[] | undefined {
    const answer = this.answers.get(`directory ${uri}`);
    return Array.isArray(answer) ? answer : undefined;
  }

  async prefetch({ files, directories }: FileReads): Promise<void> {
    await Promise.all([
      ...files.filter(isReadable).map((uri) => this.fetch(this.files, `file ${uri}`, () => this.request<ReadFileParams, ReadFileResult>(READ_FILE_REQUEST, { uri, maxSize: MAX_SETTINGS_FILE }))),
      ...directories.filter(isReadable).map((uri) => this.fetch(this.directories, `directory ${uri}`, () => this.request<ReadDirectoryParams, ReadDirectoryResult>(READ_DIRECTORY_REQUEST, { uri }))),
    ]);
  }

  invalidate(): void {
    this.files = new Map();
    this.directories = new Map();
    this.answers.clear();
  }

  private async fetch<T extends string | string[] | null>(pending: Map<string, Promise<T>>, key: string, read: () => Promise<T>): Promise<void> {
    let answer = pending.get(key);
    if (!answer) {
      answer = read();
      pending.set(key, answer);
    }
    const value = await answer;
    // A watched file changed while the answer was on its way: the newer fetch owns the key.
    if (pending.get(key) === answer) this.answers.set(key, value);
  }

  private async request<P, R>(method: string, params: P): Promise<R | null> {
    try {
      return await this.connection.sendRequest<R>(method, params);
    } catch (error) {
      this.log(`The client could not read ${JSON.stringify(params)}: ${String(error)}`);
      return null;
    }
  }
}

/** Untitled documents and the like have no folder around them to read. */
function isReadable(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(uri);
}
