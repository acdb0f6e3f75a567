import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The real-world files beside the checkout (`../shared/corpus`), read-only. */
export const CORPUS = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

/**
 * The folder of the corpus for one target. Throws when it is missing or empty: a corpus test that
 * passes without its corpus proves nothing.
 */
export function corpusFolder(folder: 'dockerfile' | 'compose' | 'kubernetes'): string {
  const dir = join(CORPUS, folder);
  if (!existsSync(dir) || readdirSync(dir).length === 0) throw new Error(`the corpus tests need ${dir} (../shared/corpus beside the checkout)`);
  return dir;
}

export function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
