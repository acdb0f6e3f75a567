import { findPair, getMap, getString, resolveNode, scalarString, sequenceItems, type YamlPair } from '../../parsing/yaml';
import type { KubernetesObject } from './model';

/** A `hostPath` volume of a pod spec, with the node path it mounts. */
export interface HostPathVolume {
  name?: string;
  path: string;
  /** The `path:` pair under `hostPath:`; findings point at its value. */
  pathPair: YamlPair;
}

export function hostPathVolumes(object: KubernetesObject): HostPathVolume[] {
  const { doc, podSpec } = object;
  const volumes: HostPathVolume[] = [];
  for (const volume of sequenceItems(doc, podSpec && findPair(doc, podSpec, 'volumes')?.value)) {
    const hostPath = getMap(doc, volume, 'hostPath');
    const pathPair = hostPath && findPair(doc, hostPath, 'path');
    const path = pathPair && scalarString(resolveNode(doc, pathPair.value));
    if (pathPair && path !== undefined) volumes.push({ name: getString(doc, volume, 'name'), path, pathPair });
  }
  return volumes;
}

/** The socket of a container engine: whoever can write to it controls every container of the node. */
export function isEngineSocket(path: string): boolean {
  return /(?:^|\/)(?:docker|containerd|crio|cri-dockerd|podman)\.sock$/.test(path.replace(/\/+$/, ''));
}

/** Node directories whose files are the node: mounting them hands the node over. */
const SENSITIVE_HOST_PATHS = new Set(['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/var/run', '/run', '/var/lib/kubelet', '/root']);

export function isSensitiveHostPath(path: string): boolean {
  const normalized = path === '/' ? '/' : path.replace(/\/+$/, '');
  return SENSITIVE_HOST_PATHS.has(normalized);
}
