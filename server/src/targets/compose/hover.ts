import type { Position } from 'vscode-languageserver-types';
import type { ComposeContext } from '../../engine/rule';
import { keyPathAt, keyRange } from '../../parsing/yaml';
import { escapeMarkdown } from '../../text/markdown';
import { questionLinks } from '../../questions/links';
import { kubernetesTable } from '../dockerKubernetes';
import type { HoverEnv, HoverSection } from '../target';

/** The explanation of the Compose key under the cursor, with its Kubernetes equivalent. Pure. */
export function composeKeyHover({ document, yaml }: ComposeContext, position: Position, { yamlDocs: docs, linker }: HoverEnv): HoverSection | undefined {
  if (!docs?.compose) return undefined;
  const offset = document.offsetAt(position);
  for (const { doc } of yaml.valid) {
    const found = keyPathAt(doc, offset);
    if (!found) continue;
    const keys = found.path.filter((part): part is string => typeof part === 'string');
    const inService = found.path[0] === 'services' && typeof found.path[1] === 'string' && found.path.length >= 3;
    const name = inService ? keys.slice(2).join('.') : found.path.length === 1 ? keys[0] : undefined;
    const entry = name === undefined ? undefined : inService ? docs.compose.service[name] : docs.compose.top[name];
    if (!name || !entry) return undefined;
    const parts = [`**${escapeMarkdown(name)}** (Compose)`, entry.summary];
    const mappings = inService ? (docs.dockerKubernetes ?? []).filter((row) => row.compose.includes(name)) : [];
    if (mappings.length > 0) parts.push(kubernetesTable(mappings));
    const questions = [...(entry.questions ?? []), ...(mappings.some((row) => row.q254) ? ['q254'] : [])];
    const links = questionLinks([...new Set(questions)], linker);
    if (links) parts.push(links);
    return { markdown: parts.join('\n\n'), range: keyRange(document, found.pair) };
  }
  return undefined;
}
