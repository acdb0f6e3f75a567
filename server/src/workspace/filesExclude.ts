/**
 * VS Code's `files.exclude`: glob patterns relative to a workspace folder, each mapped to `true` (hidden),
 * `false` (shown) or a `{ when }` clause. A `when` clause hides a file only beside a sibling of another name;
 * we do not evaluate it, so those files stay indexed.
 */

/** Whether a folder-relative path (forward slashes) is hidden. */
export type HiddenPaths = (relativePath: string) => boolean;

export const NOTHING_HIDDEN: HiddenPaths = () => false;

/** The patterns of a `files.exclude` value that are set to `true`, sorted. */
export function parseFilesExclude(value: unknown): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value)
    .filter(([pattern, on]) => on === true && pattern.trim() !== '')
    .map(([pattern]) => pattern)
    .sort();
}

/** A path is hidden when it or one of its folders matches a pattern: the explorer does not show what is inside a hidden folder. */
export function hiddenPaths(patterns: readonly string[]): HiddenPaths {
  const compiled = patterns.flatMap((pattern) => compileGlob(pattern) ?? []);
  if (compiled.length === 0) return NOTHING_HIDDEN;
  return (relativePath) => {
    const segments = relativePath.split('/');
    return segments.some((_, at) => {
      const prefix = segments.slice(0, at + 1).join('/');
      return compiled.some((regexp) => regexp.test(prefix));
    });
  };
}

/**
 * The glob as VS Code reads it: `*` and `?` within one path segment, `**` across segments, `{a,b}`
 * alternatives, `[...]` and `[!...]` character ranges. Undefined when it is malformed.
 */
export function compileGlob(glob: string): RegExp | undefined {
  const pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*' && pattern[i + 1] === '*') {
      while (pattern[i + 1] === '*') i++;
      if (pattern[i + 1] === '/') {
        i++;
        source += '(?:[^/]*/)*';
      } else {
        source += '.*';
      }
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) return undefined;
      const range = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
      source += `[${range}]`;
      i = end;
    } else if (char === '{') {
      braces++;
      source += '(?:';
    } else if (char === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (char === ',' && braces > 0) {
      source += '|';
    } else {
      source += char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  if (braces > 0) return undefined;
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return undefined;
  }
}
