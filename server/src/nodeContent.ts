import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serverContentFrom, type ServerContent, type ServerContentFiles } from './content';

/** The data files the build writes beside the Node server bundle. Read once, at start-up. */
export function loadServerContent(dir: string): ServerContent {
  const files: ServerContentFiles = {
    snippets: readJson(join(dir, 'snippets.json')),
    bank: readJson(join(dir, 'bank.json')),
    hovers: readJson(join(dir, 'hovers.json')),
    completion: readJson(join(dir, 'completion.json')),
  };
  return serverContentFrom(files);
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}
