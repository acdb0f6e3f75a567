import { findPair, getMap, type YamlPair } from '../../parsing/yaml';
import type { KubernetesContainer } from './model';

const QUANTITY_SUFFIX: Readonly<Record<string, number>> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** A resource quantity (`250m`, `1.5`, `128Mi`, `1e3`) as a number, or undefined when it is not one. */
export function parseQuantity(text: string): number | undefined {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?)$/.exec(text.trim());
  if (!match) return undefined;
  const number = Number(match[1] + (match[2] ?? ''));
  return number * QUANTITY_SUFFIX[match[3] ?? ''];
}

/** A container's `resources.<section>.<resource>` pair, when written. */
export function resourcePair(container: KubernetesContainer, section: 'requests' | 'limits', resource: 'cpu' | 'memory'): YamlPair | undefined {
  const values = getMap(container.doc, getMap(container.doc, container.map, 'resources'), section);
  return values && findPair(container.doc, values, resource);
}
