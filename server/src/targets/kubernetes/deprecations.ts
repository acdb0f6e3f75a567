import table from '../../../../content/kubernetes-deprecations.json';

/** One API version a kind no longer has, from `content/kubernetes-deprecations.json` (its `source` names where it comes from). */
export interface RemovedApi {
  apiVersion: string;
  kind: string;
  /** The minor release that stopped serving it, `1.22`. */
  removedIn: string;
  /** The version to use instead; absent when there is none (PodSecurityPolicy). */
  replacement?: string;
  /** True when the replacement takes the same fields, so changing `apiVersion` is the whole migration. */
  sameFields: boolean;
  /** What else changes, when the fields are not the same. */
  changes?: string;
}

const removals: readonly RemovedApi[] = table.removals;
const byKey = new Map(removals.map((removal) => [`${removal.apiVersion} ${removal.kind}`, removal]));

/** The Kubernetes release we judge against when none is configured: the current stable one. */
export const DEFAULT_KUBERNETES_VERSION: string = table.defaultVersion;

export function removedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return byKey.get(`${apiVersion} ${kind}`);
}

/** `1.25` (also `v1.25`, `1.25.3`) as its minor number 25, else undefined. */
export function minorVersion(version: string): number | undefined {
  const match = /^v?1\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return match ? Number(match[1]) : undefined;
}
