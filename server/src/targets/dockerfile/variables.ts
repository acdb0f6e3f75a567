import type { ParsedDockerfile } from './model';

/** Build arguments every Dockerfile may use without declaring them. */
export const PREDEFINED_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY', 'http_proxy', 'https_proxy', 'ftp_proxy', 'no_proxy', 'all_proxy',
]);

/** The ARGs declared before the first FROM, with their defaults (undefined when there is none). */
export function globalArgs(dockerfile: ParsedDockerfile): Map<string, string | undefined> {
  const args = new Map<string, string | undefined>();
  for (const arg of dockerfile.ast.getInitialARGs()) {
    const property = arg.getProperty();
    if (property) args.set(property.getName(), property.getValue() ?? undefined);
  }
  return args;
}

/**
 * Expands `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}` and `${NAME+word}` with
 * `values` (unset names expand to the empty string); undefined when the text uses other syntax.
 */
export function expandVariables(text: string, values: ReadonlyMap<string, string | undefined>): string | undefined {
  let failed = false;
  const expanded = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\{[^}]*\}?))/g, (_, braced, op, word, bare, other) => {
    if (other !== undefined) {
      failed = true;
      return '';
    }
    const value = values.get(braced ?? bare);
    if (!op) return value ?? '';
    const set = op.startsWith(':') ? Boolean(value) : value !== undefined;
    return op.endsWith('-') ? (set ? value ?? '' : word) : set ? word : '';
  });
  return failed ? undefined : expanded;
}
