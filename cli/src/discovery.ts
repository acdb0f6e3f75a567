import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { documentKind } from '../../server/src/targets/index';
import { UsageError } from './args';

/** A file the CLI will read: `explicit` when named on the command line (then ignores do not apply). */
export interface Candidate {
  path: string;
  explicit: boolean;
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

/**
 * The files to lint for the given paths and globs (the current folder when none): Dockerfiles and
 * Compose files by name, every YAML file as a maybe (its content decides), never what `.gitignore` or
 * the config's `exclude` ignores, except files named explicitly. `anyName` takes every file (`--kind`).
 */
export function discoverFiles(
  patterns: readonly string[],
  cwd: string,
  exclude: { root: string; patterns: readonly string[] },
  anyName = false,
): Candidate[] {
  const ignores = new Ignores(cwd, exclude);
  const wanted = anyName ? () => true : isCandidateName;
  const found = new Map<string, Candidate>();
  const add = (path: string, explicit: boolean) => {
    if (!found.get(path)?.explicit) found.set(path, { path, explicit });
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const path = resolve(cwd, pattern);
    const stat = existsSync(path) ? statSync(path) : undefined;
    if (stat?.isDirectory()) {
      for (const file of walk(path, ignores, wanted)) add(file, false);
    } else if (stat) {
      add(path, true);
    } else if (isDynamicPattern(pattern)) {
      const matches = globSync(pattern, { cwd, absolute: true, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new UsageError(`No files match \`${pattern}\`.`);
      for (const match of matches.map((file) => resolve(file))) {
        if (wanted(match) && !ignores.ignored(match, false)) add(match, false);
      }
    } else {
      throw new UsageError(`No such file or folder: ${pattern}`);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Names worth reading: Dockerfiles and Compose files by name, and any YAML file (its content decides). */
function isCandidateName(path: string): boolean {
  return documentKind(pathToFileURL(path).href, '') !== undefined || /\.ya?ml$/i.test(path);
}

function* walk(root: string, ignores: Ignores, wanted: (path: string) => boolean): Generator<string> {
  const folders = [root];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
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

/** `.gitignore` files (from the repository root down) and the config's `exclude`, each relative to its folder. */
class Ignores {
  private readonly matchers: { base: string; ignore: Ignore }[] = [];
  private readonly loaded = new Set<string>();

  constructor(cwd: string, exclude: { root: string; patterns: readonly string[] }) {
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
    this.loadAlong(dirname(path));
    return this.matchers.some(({ base, ignore }) => {
      const rel = relative(base, path);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
      return ignore.ignores(rel.split(sep).join('/') + (isFolder ? '/' : ''));
    });
  }
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
