/** Manifests for the Kubernetes rule tables: real YAML text, built from the parts a test varies. */

/** A Deployment whose pod spec holds `podSpec` (text indented by 6 spaces, ending with a line break). */
export function deployment(podSpec: string, name = 'api'): string {
  return (
    'apiVersion: apps/v1\n' +
    'kind: Deployment\n' +
    'metadata:\n' +
    `  name: ${name}\n` +
    'spec:\n' +
    '  selector:\n' +
    '    matchLabels:\n' +
    `      app: ${name}\n` +
    '  template:\n' +
    '    metadata:\n' +
    '      labels:\n' +
    `        app: ${name}\n` +
    '    spec:\n' +
    podSpec
  );
}

/** A Pod whose spec holds `spec` (text indented by 2 spaces). */
export function pod(spec: string, name = 'web'): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
}

export const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
