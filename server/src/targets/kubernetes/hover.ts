import type { Position } from 'vscode-languageserver-types';
import type { KubernetesContext } from '../../engine/rule';
import { getString, keyPathAt, keyRange, resolveNode, isSeq, findPair } from '../../parsing/yaml';
import { escapeMarkdown } from '../../text/markdown';
import { questionLinks } from '../../questions/links';
import { kubernetesTable } from '../dockerKubernetes';
import type { HoverEnv, HoverSection } from '../target';

const CONTAINER_GROUPS = new Set(['initContainers', 'ephemeralContainers']);

/**
 * The explanation of the Kubernetes key under the cursor, with its Docker flag and Compose key (question
 * 254's table) where there is one. Pure.
 */
export function kubernetesKeyHover({ document, yaml }: KubernetesContext, position: Position, { yamlDocs, linker }: HoverEnv): HoverSection | undefined {
  const docs = yamlDocs?.kubernetes;
  if (!docs) return undefined;
  const mappings = yamlDocs.dockerKubernetes ?? [];
  const offset = document.offsetAt(position);
  for (const { doc } of yaml.valid) {
    const found = keyPathAt(doc, offset);
    if (!found) continue;
    const kind = kindAt(doc, found.path);
    const keys = found.path.filter((part): part is string => typeof part === 'string');
    // Init and ephemeral containers take the same explanations as containers, except for their own key.
    const normalized = keys.map((key, index) => (index < keys.length - 1 && CONTAINER_GROUPS.has(key) ? 'containers' : key));
    for (let start = 0; start < normalized.length; start++) {
      const name = normalized.slice(start).join('.');
      const entry = docs.keys[name];
      if (!entry || (entry.kinds && (!kind || !entry.kinds.includes(kind)))) continue;
      const parts = [`**${escapeMarkdown(name)}** (Kubernetes)`, entry.summary];
      const rows = mappings.filter((row) => row.kubernetes === name || name.endsWith(`.${row.kubernetes}`) || row.kubernetes.endsWith(`.${name}`));
      if (rows.length > 0) parts.push(kubernetesTable(rows));
      const questions = [...(entry.questions ?? []), ...(rows.some((row) => row.q254) ? ['q254'] : [])];
      const links = questionLinks([...new Set(questions)], linker);
      if (links) parts.push(links);
      return { markdown: parts.join('\n\n'), range: keyRange(document, found.pair) };
    }
    return undefined;
  }
  return undefined;
}

/** The `kind` of the object the path is in: the document's, or the `List` item's. */
function kindAt(doc: import('yaml').Document.Parsed, path: readonly (string | number)[]): string | undefined {
  const root = resolveNode(doc, doc.contents);
  if (path[0] === 'items' && typeof path[1] === 'number') {
    const items = resolveNode(doc, findPair(doc, root, 'items')?.value);
    if (isSeq(items)) return getString(doc, items.items[path[1]], 'kind');
  }
  return getString(doc, root, 'kind');
}
