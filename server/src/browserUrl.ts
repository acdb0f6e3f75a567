/**
 * `node:url`'s two file-URL conversions for the web build (scripts/build.mjs maps `node:url` here): the
 * workspace model turns `file:` URIs into POSIX paths, which in a Worker only cross-file rules read, and
 * those run only where a workspace index of real files exists.
 */
export function fileURLToPath(url: string | URL): string {
  const parsed = typeof url === 'string' ? new URL(url) : url;
  if (parsed.protocol !== 'file:') throw new TypeError(`not a file URL: ${parsed.href}`);
  return decodeURIComponent(parsed.pathname);
}

export function pathToFileURL(path: string): URL {
  return new URL(`file://${path.split('/').map(encodeURIComponent).join('/')}`);
}
