import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompletionData } from './completion';
import type { DockerfileDocs } from './hover';
import type { YamlHoverDocs } from './targets/compose/hover';
import type { QuestionTitles } from './questions/links';
import { snippetsOf, type Snippet, type SnippetFiles } from '../../common/src/snippets';

/** The data files the build writes beside the server bundle. Read once, at start-up. */
export interface ServerContent {
  titles?: QuestionTitles;
  dockerfileDocs?: DockerfileDocs;
  yamlDocs?: YamlHoverDocs;
  snippets: Snippet[];
  completion?: CompletionData;
}

interface QuestionRecord {
  id: string;
  number: number | null;
  title: string;
  origin?: 'seed' | 'container-coach';
}

export function loadServerContent(dir: string): ServerContent {
  const content: ServerContent = { snippets: snippetsOf(readJson<SnippetFiles>(join(dir, 'snippets.json')) ?? {}) };
  const bank = readJson<{ questions: QuestionRecord[] }>(join(dir, 'bank.json'));
  if (bank) {
    const byId = new Map(bank.questions.map((question) => [question.id, { number: question.number, title: question.title, origin: question.origin }]));
    content.titles = { get: (id) => byId.get(id) };
  }
  const hovers = readJson<{ dockerfile: DockerfileDocs } & YamlHoverDocs>(join(dir, 'hovers.json'));
  if (hovers) content.dockerfileDocs = hovers.dockerfile;
  if (hovers) content.yamlDocs = { compose: hovers.compose, kubernetes: hovers.kubernetes, dockerKubernetes: hovers.dockerKubernetes };
  content.completion = readJson<CompletionData>(join(dir, 'completion.json'));
  return content;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}
