/**
 * A `.dockerignore` as Docker reads it, which is not gitignore: every pattern is anchored at the context
 * root (`foo` is `/foo`, not any `foo` below), `*` and `?` stop at `/`, `**` crosses directories, a path
 * is excluded when it or one of its parent directories matches, and the last matching line wins, so a
 * `!` line re-includes a file even below an excluded directory (`*` then `!src/app.js`).
 */
export interface DockerIgnore {
  /** Whether a context-relative path (`src/app.js`, `./node_modules`) is itself left out of the build context. */
  ignores(path: string): boolean;
  /**
   * Whether nothing at or below the path reaches the build context: it is excluded and no `!` line can
   * bring back anything below it. The context root (`.`) only for a catch-all `*` or `**` with no `!` line.
   */
  excludesAll(path: string): boolean;
}

interface Pattern {
  negated: boolean;
  /** The cleaned pattern, without its `!`. */
  text: string;
  regexp: RegExp | undefined;
}

const cache = new Map<string, DockerIgnore>();

export function parseDockerignore(text: string): DockerIgnore {
  const cached = cache.get(text);
  if (cached) return cached;
  const patterns: Pattern[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n|\r/)) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1).trim();
    if (!line) continue;
    const cleaned = cleanPath(line);
    patterns.push({ negated, text: cleaned, regexp: compile(cleaned) });
  }
  const negations = patterns.filter((pattern) => pattern.negated);
  const ignores = (path: string): boolean => {
    const normalized = normalize(path);
    return normalized !== undefined && normalized !== '.' && excluded(patterns, normalized);
  };
  const result: DockerIgnore = {
    ignores,
    excludesAll(path) {
      const normalized = normalize(path);
      if (normalized === '.') return negations.length === 0 && patterns.some((pattern) => pattern.text === '*' || pattern.text === '**');
      return ignores(path) && !negations.some((pattern) => mayMatchBelow(pattern.text, normalized!));
    },
  };
  if (cache.size > 64) cache.clear();
  cache.set(text, result);
  return result;
}

/** The path as the builder compares it: slashes, `.` and `..` segments resolved, no leading or trailing `/`; undefined outside the context. */
function normalize(path: string): string | undefined {
  const cleaned = cleanPath(path.replace(/\\/g, '/'));
  return cleaned === '..' || cleaned.startsWith('../') ? undefined : cleaned;
}

/** Go's `filepath.Clean`, then without the leading `/`. */
function cleanPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/') || '.';
}

function excluded(patterns: readonly Pattern[], path: string): boolean {
  const segments = path.split('/');
  const parents = segments.slice(0, -1).map((_, index) => segments.slice(0, index + 1).join('/'));
  let matched = false;
  for (const pattern of patterns) {
    // Only a `!` line can undo a match, and only a plain line can make one.
    if (pattern.negated !== matched || !pattern.regexp) continue;
    if (pattern.regexp.test(path) || parents.some((parent) => pattern.regexp!.test(parent))) matched = !pattern.negated;
  }
  return matched;
}

/** Whether a `!` pattern can match the path or something below it, judged by its text before the first wildcard. */
function mayMatchBelow(pattern: string, path: string): boolean {
  const literal = /^[^*?[\\]*/.exec(pattern)![0];
  const below = `${path}/`;
  if (literal === pattern) return literal === path || literal.startsWith(below) || path.startsWith(`${literal}/`);
  return below.startsWith(literal) || literal.startsWith(below);
}

/** The pattern as Docker's matcher turns it into a regular expression; undefined when it is malformed. */
function compile(pattern: string): RegExp | undefined {
  let source = '^';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      i++;
      if (pattern[i + 1] === '/') i++;
      source += i + 1 === pattern.length ? '.*' : '(.*/)?';
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '\\') {
      if (i + 1 === pattern.length) return undefined;
      source += `\\${pattern[++i]}`;
    } else if (char === '[' || char === ']' || char === '-' || char === '^') {
      source += char;
    } else {
      source += char.replace(/[.$+(){}|]/g, '\\$&');
    }
  }
  try {
    return new RegExp(`${source}$`);
  } catch {
    return undefined;
  }
}
