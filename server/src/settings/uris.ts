/**
 * Path arithmetic on document URIs (`file:`, `vscode-vfs:`, …), which the web build needs without
 * `node:path`. Folders are compared on their decoded form, so `%20` and a space are the same name.
 */

/** The folder holding `uri`. */
export function parentUri(uri: string): string {
  const trimmed = withoutTrailingSlash(uri);
  return trimmed.slice(0, Math.max(trimmed.lastIndexOf('/'), 0));
}

export function childUri(folder: string, name: string): string {
  return `${withoutTrailingSlash(folder)}/${encodeURIComponent(name)}`;
}

/** The decoded last segment of `uri`. */
export function baseName(uri: string): string {
  const trimmed = withoutTrailingSlash(uri);
  return decoded(trimmed.slice(trimmed.lastIndexOf('/') + 1));
}

/** `uri`'s decoded path below `folder`, `/`-separated (`''` for the folder itself); undefined outside it. */
export function relativePath(folder: string, uri: string): string | undefined {
  const base = decoded(withoutTrailingSlash(folder));
  const path = decoded(uri);
  if (path === base) return '';
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : undefined;
}

export function withoutTrailingSlash(uri: string): string {
  return uri.endsWith('/') && !uri.endsWith('://') ? uri.slice(0, -1) : uri;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
