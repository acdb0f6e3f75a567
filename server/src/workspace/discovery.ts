import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import { documentKind } from '../targets/index';
import { NOTHING_HIDDEN, type HiddenPaths } from './filesExclude';
import type { FolderListing } from './model';

/** Folders never walked into. */
export const ALWAYS_SKIPPED: ReadonlySet<string> = new Set(['.git', 'node_modules']);

/** What a walk may record and where it stops. */
export interface WalkOptions {
  /** Receives the names of every folder read, ignored names included (they exist). */
  listing?: FolderListing;
}

/** Names worth reading: Dockerfiles and Compose files by name, and any YAML file (its content decides). */
export function isCandidateName(path: string): boolean {
  return documentKind(pathToFileURL(path).href, '') !== undefined || /\.ya?ml$/i.test(path);
}

/** The wanted files under `root`, depth first in name order, never into `.git`, `node_modules` or ignored folders. */
export function* walk(root: string, ignores: Ignores, wanted: (path: string) => boolean, options: WalkOptions = {}): Generator<string> {
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    options.listing?.record(folder, entries.map((entry) => entry.name));
    for (const entry of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED.has(entry.name) && !ignores.ignored(path, true)) folders.push(path);
      } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(path))) && wanted(path) && !ignores.ignored(path, false)) {
        yield path;
      }
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * `.gitignore` files (from the repository root down) and the config's `exclude`, each relative to its
 * folder, and the editor's `files.exclude` (`hidden`), relative to `cwd`.
 */
export class Ignores {
  private readonly matchers: { base: string; ignore: Ignore }[] = [];
  private readonly loaded = new Set<string>();

  constructor(
    private readonly cwd: string,
    exclude: { root: string; patterns: readonly string[] },
    private readonly hidden: HiddenPaths = NOTHING_HIDDEN,
  ) {
    if (exclude.patterns.length > 0) this.matchers.push({ base: exclude.root, ignore: ignore().add([...exclude.patterns]) });
    for (const folder of ancestorsInRepository(cwd)) this.loadGitignore(folder);
  }

  /** Loads the `.gitignore` files of `folder` and its parents, up to one already loaded or a repository root. */
  private loadAlong(folder: string): void {
    const pending: string[] = [];
    for (let current = folder; !this.loaded.has(current); current = dirname(current)) {
      pending.push(current);
      if (existsSync(join(current, '.git')) || dirname(current) === current) break;
    }
    for (const each of pending.reverse()) this.loadGitignore(each);
  }

  loadGitignore(folder: string): void {
    if (this.loaded.has(folder)) return;
    this.loaded.add(folder);
    const file = join(folder, '.gitignore');
    if (!existsSync(file)) return;
    try {
      this.matchers.push({ base: folder, ignore: ignore().add(readFileSync(file, 'utf8')) });
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }

  ignored(path: string, isFolder: boolean): boolean {
    const inFolder = relativeInside(this.cwd, path);
    if (inFolder !== undefined && this.hidden(inFolder)) return true;
    this.loadAlong(dirname(path));
    return this.matchers.some(({ base, ignore }) => {
      const rel = relativeInside(base, path);
      return rel !== undefined && ignore.ignores(rel + (isFolder ? '/' : ''));
    });
  }
}

/** `path` relative to `base` with forward slashes; undefined when it is not inside `base`. */
function relativeInside(base: string, path: string): string | undefined {
  const rel = relative(base, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** The folders from the enclosing git repository's root down to `folder` (just `folder` outside a repository). */
function ancestorsInRepository(folder: string): string[] {
  const chain = [folder];
  for (let current = folder; !existsSync(join(current, '.git')); ) {
    const parent = dirname(current);
    if (parent === current) return [folder];
    chain.unshift(parent);
    current = parent;
  }
  return chain;
}
