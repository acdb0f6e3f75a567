import { WatchKind } from 'vscode-languageserver';

/**
 * What the client watches for the index: every file of our kinds, and the creation and deletion of any
 * file (a Compose `env_file` or build context exists or not).
 */
export const WORKSPACE_WATCHERS = [
  ...['**/*.{yml,yaml}', '**/{Dockerfile,Containerfile}', '**/*.{Dockerfile,dockerfile,Containerfile}', '**/{Dockerfile,Containerfile}.*'].map((globPattern) => ({ globPattern })),
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];
