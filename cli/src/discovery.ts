import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { FolderListing } from '../../server/src/workspace/model';
import { Ignores, isCandidateName, walk } from '../../server/src/workspace/discovery';
import { UsageError } from './args';

/** A file the CLI will read: `explicit` when named on the command line (then ignores do not apply). */
export interface Candidate {
  path: string;
  explicit: boolean;
}

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
  listing?: FolderListing,
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
      for (const file of walk(path, ignores, wanted, { listing })) add(file, false);
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

