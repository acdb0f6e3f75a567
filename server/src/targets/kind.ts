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

const COMPOSE_NAME = /^(?:(?:docker-)?compose(?:[.-][\w.-]+)?|[\w.-]+\.compose)\.ya?ml$/;
const YAML_NAME = /\.ya?ml$/i;
const YAML_LANGUAGES = new Set(['yaml', 'dockercompose', 'helm', 'kubernetes']);

export function isComposeName(name: string): boolean {
  return COMPOSE_NAME.test(name);
}

/**
 * What we analyse: by language id and name first; for other YAML files, by content when the text is
 * given (a top-level `apiVersion` with `kind` is Kubernetes, a top-level `services:` is Compose).
 */
export function documentKind(uri: string, languageId: string, text?: string): DocumentKind | undefined {
  const name = baseName(uri);
  if (languageId === 'dockerfile' || isDockerfileName(name)) return 'dockerfile';
  if (languageId === 'dockercompose' || isComposeName(name)) return 'compose';
  if (!YAML_LANGUAGES.has(languageId) && !YAML_NAME.test(name)) return undefined;
  if (text === undefined) return undefined;
  return yamlKindOfText(text);
}

export function yamlKindOfText(source: string): 'compose' | 'kubernetes' | undefined {
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  if (/^["']?apiVersion["']?[ \t]*:/m.test(text) && /^["']?kind["']?[ \t]*:/m.test(text)) return 'kubernetes';
  if (/^["']?services["']?[ \t]*:[ \t]*(?:\{.*|#.*)?$/m.test(text)) return 'compose';
  return undefined;
}
