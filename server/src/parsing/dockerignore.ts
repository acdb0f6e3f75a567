import ignore, { type Ignore } from 'ignore';

/**
 * A `.dockerignore` as a matcher. Docker anchors every pattern at the context root (`foo` is `/foo`, not
 * any `foo` below), so each pattern is anchored before it goes to the gitignore matcher.
 */
export interface DockerIgnore {
  /** Whether a context-relative path (`src/app.js`, `./node_modules`) is left out of the build context. */
  ignores(path: string): boolean;
}

const cache = new Map<string, DockerIgnore>();

export function parseDockerignore(text: string): DockerIgnore {
  const cached = cache.get(text);
  if (cached) return cached;
  const matcher: Ignore = ignore();
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    let pattern = (negated ? line.slice(1) : line).trim().replace(/^(\.\/)+/, '').replace(/^\/+/, '');
    if (!pattern || pattern === '.') continue;
    pattern = `/${pattern}`;
    matcher.add(negated ? `!${pattern}` : pattern);
  }
  const result: DockerIgnore = {
    ignores(path) {
      const normalized = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
      if (!normalized || normalized === '.' || normalized.startsWith('../') || normalized === '..') return false;
      try {
        return matcher.ignores(normalized) || matcher.ignores(`${normalized}/`);
      } catch {
        return false;
      }
    },
  };
  if (cache.size > 64) cache.clear();
  cache.set(text, result);
  return result;
}
