/**
 * The server's edge to the files of the workspace folders: the one place that walks them and reads the
 * Dockerfiles, Compose files and manifests that are not open. Open documents are the editor's.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sep } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { recogniseTarget } from '../targets/index';
import { Ignores, isCandidateName, walk } from './discovery';
import { NOTHING_HIDDEN, type HiddenPaths } from './filesExclude';
import { FolderListing } from './model';

/** Files found beyond this are not indexed (one message says so). */
export const MAX_INDEXED_FILES = 20_000;

/** How often the walk lets other messages through and reports progress. */
const BATCH = 200;

export class WorkspaceIndex {
  private readonly byUri = new Map<string, TextDocument>();
  private readonly roots = new Map<string, Ignores>();
  readonly listing = new FolderListing();
  /** Versions of documents read from disk count down, so they never equal an editor's version. */
  private nextVersion = -1;
  capped = false;

  constructor(
    private readonly maxFileSize: () => number,
    public cap = MAX_INDEXED_FILES,
  ) {}

  /** Walks every folder, without what `hiddenIn` hides in it; `progress` gets the count of files found so far. */
  async index(folders: readonly string[], progress: (found: number) => void = () => undefined, hiddenIn: (folder: string) => HiddenPaths = () => NOTHING_HIDDEN): Promise<void> {
    let found = this.byUri.size;
    let seen = 0;
    for (const folder of folders) {
      const ignores = new Ignores(folder, { root: folder, patterns: [] }, hiddenIn(folder));
      this.roots.set(folder, ignores);
      for (const path of walk(folder, ignores, isCandidateName, { listing: this.listing })) {
        if (found >= this.cap) {
          this.capped = true;
          return;
        }
        if (this.read(path)) found++;
        if (++seen % BATCH === 0) {
          progress(found);
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
    progress(found);
  }

  /**
   * Forgets the folders and their files; returns the URIs of the files it held. The listing keeps their
   * names: the files are still on disk, for a Compose file elsewhere that builds from them.
   */
  removeFolders(folders: readonly string[]): string[] {
    const removed: string[] = [];
    for (const folder of folders) {
      if (!this.roots.delete(folder)) continue;
      const prefix = pathToFileURL(folder).href + '/';
      for (const uri of [...this.byUri.keys()]) {
        if (!uri.startsWith(prefix) || this.insideRoot(fileURLToPath(uri))) continue;
        this.byUri.delete(uri);
        removed.push(uri);
      }
    }
    return removed;
  }

  /** A file was created, changed or deleted on disk. False when it is outside the folders. */
  update(uri: string, deleted: boolean): boolean {
    if (!uri.startsWith('file:')) return false;
    const path = fileURLToPath(uri);
    const root = this.insideRoot(path);
    if (!root) return false;
    if (deleted) {
      this.listing.remove(path);
      for (const each of [...this.byUri.keys()]) if (each === uri || each.startsWith(`${uri}/`)) this.byUri.delete(each);
      return true;
    }
    this.listing.add(path);
    if (!isCandidateName(path) || this.roots.get(root)!.ignored(path, false) || (this.capped && !this.byUri.has(uri))) return true;
    if (!this.read(path)) this.byUri.delete(uri);
    return true;
  }

  /** The indexed folder that holds `path`, the innermost when folders nest. */
  private insideRoot(path: string): string | undefined {
    return [...this.roots.keys()].filter((folder) => path.startsWith(folder + sep)).sort((a, b) => b.length - a.length)[0];
  }

  get(uri: string): TextDocument | undefined {
    return this.byUri.get(uri);
  }

  all(): IterableIterator<TextDocument> {
    return this.byUri.values();
  }

  /** Reads a file of one of our kinds; false for others, unreadable or too large files. */
  private read(path: string): boolean {
    try {
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > this.maxFileSize()) return false;
      const text = readFileSync(path, 'utf8');
      const uri = pathToFileURL(path).href;
      const target = recogniseTarget(uri, '', text);
      if (!target) return false;
      this.byUri.set(uri, TextDocument.create(uri, target.name === 'dockerfile' ? 'dockerfile' : 'yaml', this.nextVersion--, text));
      return true;
    } catch {
      return false;
    }
  }
}
