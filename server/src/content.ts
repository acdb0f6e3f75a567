import type { QuestionTitles } from './questions/links';
import type { DockerKubernetesMapping } from './targets/dockerKubernetes';
import { snippetsOf, type Snippet, type SnippetFiles } from '../../common/src/snippets';

/** Explanations of syntax, from content/hovers (ours, not the seeds'). */
export interface KeywordDoc {
  summary: string;
  questions?: string[];
}

/** content/hovers/dockerfile.yaml. */
export interface DockerfileDocs {
  instructions: Record<string, KeywordDoc>;
  /** Per instruction, its flags by name without dashes: `flags.COPY.from` explains `COPY --from`. */
  flags?: Record<string, Record<string, KeywordDoc>>;
  /** Parser directives by name: `syntax`, `escape`, `check`. */
  directives?: Record<string, KeywordDoc>;
}

/** content/hovers/compose.yaml. */
export interface ComposeDocs {
  service: Record<string, KeywordDoc>;
  top: Record<string, KeywordDoc>;
}

/** An entry of content/hovers/kubernetes.yaml; `kinds` limits a generic key (`ingress`) to the kinds it explains. */
export interface KubernetesKeyDoc extends KeywordDoc {
  kinds?: string[];
}

/** content/hovers/kubernetes.yaml: entries keyed by a path of mapping keys, matched on the longest suffix. */
export interface KubernetesDocs {
  keys: Record<string, KubernetesKeyDoc>;
}

export interface YamlHoverDocs {
  compose?: ComposeDocs;
  kubernetes?: KubernetesDocs;
  dockerKubernetes?: DockerKubernetesMapping[];
}

/** One entry of content/completion.yaml: what to insert and why. */
export interface CompletionEntry {
  insert: string;
  summary?: string;
  questions?: string[];
}

export interface CompletionData {
  dockerfile: { flags: Record<string, (CompletionEntry & { flag: string })[]> };
  compose: { serviceKeys: (CompletionEntry & { key: string })[] };
  kubernetes: { securityContextKeys: (CompletionEntry & { key: string; level: 'pod' | 'container' | 'both' })[] };
}

/** The data files the build writes beside the server bundle. Read once, at start-up. */
export interface ServerContent {
  titles?: QuestionTitles;
  dockerfileDocs?: DockerfileDocs;
  yamlDocs?: YamlHoverDocs;
  snippets: Snippet[];
  completion?: CompletionData;
}

export interface QuestionRecord {
  id: string;
  number: number | null;
  title: string;
  origin?: 'seed' | 'container-coach';
}

/** The data files of the build (dist/*.json), as the Node server reads them and the web server bundles them. */
export interface ServerContentFiles {
  snippets?: SnippetFiles;
  bank?: { questions: QuestionRecord[] };
  hovers?: { dockerfile: DockerfileDocs } & YamlHoverDocs;
  completion?: CompletionData;
}

export function serverContentFrom({ snippets, bank, hovers, completion }: ServerContentFiles): ServerContent {
  const content: ServerContent = { snippets: snippetsOf(snippets ?? {}) };
  if (bank) {
    const byId = new Map(bank.questions.map((question) => [question.id, { number: question.number, title: question.title, origin: question.origin }]));
    content.titles = { get: (id) => byId.get(id) };
  }
  if (hovers) content.dockerfileDocs = hovers.dockerfile;
  if (hovers) content.yamlDocs = { compose: hovers.compose, kubernetes: hovers.kubernetes, dockerKubernetes: hovers.dockerKubernetes };
  content.completion = completion;
  return content;
}
