import { parse as parseYaml } from 'yaml';

/** Our own metadata for one question, as `content/questions.yaml` states it. */
export interface QuestionMetadata {
  topic: string;
  tags: string[];
  related: string[];
  /** Ids of entries of `BankMetadata.notes`. */
  notes: string[];
  /** The right language of code blocks the seeds tag wrongly, by code block index. */
  codeLanguages: Map<number, string>;
}

export interface BankMetadata {
  topics: string[];
  /** Note id to markdown. */
  notes: Map<string, string>;
  questions: Map<string, QuestionMetadata>;
}

/** Reads `content/questions.yaml`; every problem with its shape is reported, none is thrown. */
export function parseMetadata(yamlText: string): { metadata: BankMetadata; problems: string[] } {
  const problems: string[] = [];
  const root: unknown = parseYaml(yamlText);
  const document = isRecord(root) ? root : {};
  if (!isRecord(root)) problems.push('questions.yaml: expected a mapping with `topics`, `notes` and `questions`');

  const topics = stringList(document.topics, 'topics', problems);
  const notes = new Map<string, string>();
  for (const [id, markdown] of Object.entries(recordAt(document.notes, 'notes', problems))) {
    if (typeof markdown === 'string' && markdown.trim() !== '') notes.set(id, markdown.trim());
    else problems.push(`notes.${id}: expected the note's markdown text`);
  }
  const questions = new Map<string, QuestionMetadata>();
  for (const [id, entry] of Object.entries(recordAt(document.questions, 'questions', problems))) {
    const where = `questions.${id}`;
    const fields = recordAt(entry, where, problems);
    const topic = fields.topic;
    if (typeof topic !== 'string') problems.push(`${where}: expected one \`topic\``);
    questions.set(id, {
      topic: typeof topic === 'string' ? topic : '',
      tags: stringList(fields.tags ?? [], `${where}.tags`, problems),
      related: stringList(fields.related ?? [], `${where}.related`, problems),
      notes: stringList(fields.notes ?? [], `${where}.notes`, problems),
      codeLanguages: codeLanguages(fields.codeLanguages ?? {}, `${where}.codeLanguages`, problems),
    });
  }
  return { metadata: { topics, notes, questions }, problems };
}

/**
 * What makes the metadata disagree with the seeds' questions or with itself. `questionIds` are the seeds'
 * questions (each needs an entry); `otherIds` are questions of ours, which related lists may name too.
 */
export function metadataProblems(
  metadata: BankMetadata,
  questionIds: readonly string[],
  otherIds: readonly string[] = [],
  codeBlockCounts: ReadonlyMap<string, number> = new Map(),
): string[] {
  const problems: string[] = [];
  const known = new Set(questionIds);
  const relatable = new Set([...questionIds, ...otherIds]);
  const topics = new Set(metadata.topics);
  const usedNotes = new Set<string>();
  for (const id of questionIds) {
    if (!metadata.questions.has(id)) problems.push(`questions.${id}: missing; every question needs an entry with its topic`);
  }
  for (const [id, entry] of metadata.questions) {
    const where = `questions.${id}`;
    if (!known.has(id)) problems.push(`${where}: no question with this id in the seeds`);
    if (entry.topic && !topics.has(entry.topic)) problems.push(`${where}.topic: "${entry.topic}" is not one of the listed topics`);
    for (const related of entry.related) {
      if (related === id) problems.push(`${where}.related: a question cannot be related to itself`);
      else if (!relatable.has(related)) problems.push(`${where}.related: no question with id ${related}`);
    }
    for (const index of entry.codeLanguages.keys()) {
      const count = codeBlockCounts.get(id);
      if (count !== undefined && index >= count) problems.push(`${where}.codeLanguages: the question has no code block ${index}`);
    }
    for (const tag of entry.tags) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(tag)) problems.push(`${where}.tags: "${tag}" is not lower-case kebab-case`);
    }
    for (const note of entry.notes) {
      usedNotes.add(note);
      if (!metadata.notes.has(note)) problems.push(`${where}.notes: no note with id ${note}`);
    }
  }
  for (const note of metadata.notes.keys()) {
    if (!usedNotes.has(note)) problems.push(`notes.${note}: not used by any question`);
  }
  for (const topic of metadata.topics) {
    if (![...metadata.questions.values()].some((entry) => entry.topic === topic)) problems.push(`topics: "${topic}" has no questions`);
  }
  if (topics.size !== metadata.topics.length) problems.push('topics: listed more than once');
  return problems;
}

function codeLanguages(value: unknown, where: string, problems: string[]): Map<number, string> {
  const languages = new Map<number, string>();
  for (const [index, language] of Object.entries(recordAt(value, where, problems))) {
    if (/^\d+$/.test(index) && typeof language === 'string' && /^[a-z0-9+-]+$/.test(language)) languages.set(Number(index), language);
    else problems.push(`${where}: expected a code block index and a language id, not ${index}: ${String(language)}`);
  }
  return languages;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordAt(value: unknown, where: string, problems: string[]): Record<string, unknown> {
  if (isRecord(value)) return value;
  problems.push(`${where}: expected a mapping`);
  return {};
}

function stringList(value: unknown, where: string, problems: string[]): string[] {
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  problems.push(`${where}: expected a list of strings`);
  return [];
}
