/** The kinds of document we analyse; anything else gets nothing from us. */
export type DocumentKind = 'dockerfile' | 'compose' | 'kubernetes';

const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|dockerfile|Containerfile)$/;

export function baseName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name);
}

export function documentKind(uri: string, languageId: string): DocumentKind | undefined {
  if (languageId === 'dockerfile' || isDockerfileName(baseName(uri))) return 'dockerfile';
  return undefined;
}
