import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkspaceFileSystem } from './workspaceFiles';

/** The Node server's and the CLI's file access: `file:` URIs only, read synchronously. */
export const nodeFileSystem: WorkspaceFileSystem = {
  readFile(uri, maxSize) {
    const path = toPath(uri);
    try {
      if (!path || !existsSync(path)) return undefined;
      const stat = statSync(path);
      if (!stat.isFile() || stat.size > maxSize) return undefined;
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  readDirectory(uri) {
    const path = toPath(uri);
    try {
      return path && statSync(path).isDirectory() ? readdirSync(path) : undefined;
    } catch {
      return undefined;
    }
  },
};

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
