/**
 * The requests the web server sends its client to read the files around a document (the web worker has no
 * file system): answered by the web client through `workspace.fs` (client/src/browserFiles.ts).
 */

export const READ_FILE_REQUEST = 'containerCoach/readFile';
export interface ReadFileParams {
  uri: string;
  /** Files bigger than this many bytes are not read. */
  maxSize: number;
}
/** The file's text; null when it is absent, not a file, bigger than `maxSize` or unreadable. */
export type ReadFileResult = string | null;

export const READ_DIRECTORY_REQUEST = 'containerCoach/readDirectory';
export interface ReadDirectoryParams {
  uri: string;
}
/** The names in the folder; null when it is not a folder or cannot be read. */
export type ReadDirectoryResult = string[] | null;
