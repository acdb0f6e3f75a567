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

/** A Role (or ClusterRole) whose `rules:` hold `rules` (text indented by 2 spaces). */
export function role(rules: string, kind: 'Role' | 'ClusterRole' = 'Role', name = 'app'): string {
  const namespace = kind === 'Role' ? '  namespace: shop\n' : '';
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace}rules:\n${rules}`;
}

/** A ClusterRoleBinding (or RoleBinding) of `roleRef` to `subjects` (text indented by 2 spaces). */
export function binding(roleKind: string, roleName: string, subjects: string, kind: 'RoleBinding' | 'ClusterRoleBinding' = 'ClusterRoleBinding'): string {
  const namespace = kind === 'RoleBinding' ? '  namespace: shop\n' : '';
  return `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: grant\n${namespace}roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ${roleKind}\n  name: ${roleName}\nsubjects:\n${subjects}`;
}
