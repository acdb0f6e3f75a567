import type { Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { keyPathAt, keyRange, type ParsedYaml } from '../../parsing/yaml';
import type { KeywordDoc } from '../../hover';
import { code, escapeMarkdown } from '../../text/markdown';
import type { QuestionLinker } from '../../questions/links';
import type { KubernetesDocs } from '../kubernetes/hover';

/** One row of content/hovers/docker-kubernetes.yaml: a Docker flag, its Compose keys, its Kubernetes field. */
export interface DockerKubernetesMapping {
  docker: string;
  compose: string[];
  kubernetes: string;
  example: string;
  /** True for the rows of question 254's own table. */
  q254?: boolean;
}

/** content/hovers/compose.yaml. */
export interface ComposeDocs {
  service: Record<string, KeywordDoc>;
  top: Record<string, KeywordDoc>;
}

export interface YamlHoverDocs {
  compose?: ComposeDocs;
  /** content/hovers/kubernetes.yaml. */
  kubernetes?: KubernetesDocs;
  dockerKubernetes?: DockerKubernetesMapping[];
}

export interface YamlKeyHover {
  markdown: string;
  range: Range;
}

/** The explanation of the Compose key under the cursor, with its Kubernetes equivalent. Pure. */
export function composeKeyHover(
  document: TextDocument,
  parsed: ParsedYaml,
  position: Position,
  docs: YamlHoverDocs,
  linker: QuestionLinker,
  questionLinks: (ids: readonly string[], linker: QuestionLinker) => string,
): YamlKeyHover | undefined {
  if (!docs.compose) return undefined;
  const offset = document.offsetAt(position);
  for (const { doc } of parsed.valid) {
    const found = keyPathAt(doc, offset);
    if (!found) continue;
    const keys = found.path.filter((part): part is string => typeof part === 'string');
    const inService = found.path[0] === 'services' && typeof found.path[1] === 'string' && found.path.length >= 3;
    const name = inService ? keys.slice(2).join('.') : found.path.length === 1 ? keys[0] : undefined;
    const entry = name === undefined ? undefined : inService ? docs.compose.service[name] : docs.compose.top[name];
    if (!name || !entry) return undefined;
    const parts = [`**${escapeMarkdown(name)}** (Compose)`, ...(entry.summary ? [entry.summary] : [])];
    const mappings = inService ? (docs.dockerKubernetes ?? []).filter((row) => row.compose.includes(name)) : [];
    if (mappings.length > 0) parts.push(kubernetesTable(mappings));
    const questions = [...(entry.questions ?? []), ...(mappings.some((row) => row.q254) ? ['q254'] : [])];
    const links = questionLinks([...new Set(questions)], linker);
    if (links) parts.push(links);
    if (parts.length === 1) return undefined; // the reference text is left to another extension, and nothing else is ours
    return { markdown: parts.join('\n\n'), range: keyRange(document, found.pair) };
  }
  return undefined;
}

/** The rows as a Markdown table: Docker flag, Compose key, Kubernetes field. */
export function kubernetesTable(rows: readonly DockerKubernetesMapping[]): string {
  const lines = ['| Docker | Compose | Kubernetes |', '| --- | --- | --- |'];
  const cell = (text: string) => code(text).replace(/\|/g, '\\|');
  for (const row of rows) lines.push(`| ${cell(row.docker)} | ${row.compose.map(cell).join(', ')} | ${cell(row.example)} |`);
  return lines.join('\n');
}
