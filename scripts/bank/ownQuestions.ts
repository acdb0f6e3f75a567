import { isMap, parse as parseYaml, parseDocument } from 'yaml';
import { extractCodeBlocks, type SeedQuestion } from './parseSeeds';

export const ownQuestionsFile = 'own-questions.yaml';

/** A question of Container Coach's own, written where the seeds have none for a rule. */
export interface OwnQuestion {
  question: SeedQuestion;
  topic: string;
  tags: string[];
  related: string[];
  /** Where its facts come from: documentation pages, as Markdown. */
  sources: string[];
}

const fields = ['title', 'topic', 'tags', 'related', 'question', 'shortAnswer', 'inDepth', 'sources'] as const;

/** Reads `content/own-questions.yaml`; every problem with its shape is reported, none is thrown. */
export function parseOwnQuestions(yamlText: string): { questions: OwnQuestion[]; problems: string[] } {
  const problems: string[] = [];
  const root: unknown = parseYaml(yamlText) ?? {};
  const lines = entryLines(yamlText);
  if (typeof root !== 'object' || Array.isArray(root) || root === null) return { questions: [], problems: [`${ownQuestionsFile}: expected a mapping of question ids`] };
  const questions: OwnQuestion[] = [];
  for (const [id, value] of Object.entries(root as Record<string, unknown>)) {
    const where = `${ownQuestionsFile}: ${id}`;
    if (!/^cc-[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${where}: an id of ours is \`cc-\` and kebab-case`);
    const entry = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
    const text = (key: (typeof fields)[number]) => {
      const field = entry[key];
      if (typeof field === 'string' && field.trim() !== '') return field.trim();
      problems.push(`${where}.${key}: expected text`);
      return '';
    };
    const list = (key: (typeof fields)[number], required: boolean) => {
      const field = entry[key] ?? (required ? undefined : []);
      if (Array.isArray(field) && field.every((item) => typeof item === 'string') && (!required || field.length > 0)) return field as string[];
      problems.push(`${where}.${key}: expected a list of strings`);
      return [];
    };
    for (const key of Object.keys(entry)) if (!(fields as readonly string[]).includes(key)) problems.push(`${where}.${key}: unknown field`);
    const prompt = text('question');
    const shortAnswer = text('shortAnswer');
    const inDepth = text('inDepth');
    questions.push({
      question: {
        id,
        number: null,
        title: text('title'),
        status: 'answered',
        source: { fileName: ownQuestionsFile, line: lines.get(id) ?? 1 },
        prompt,
        shortAnswer,
        inDepth,
        sections: [],
        codeBlocks: extractCodeBlocks([prompt, shortAnswer, inDepth]),
      },
      topic: text('topic'),
      tags: list('tags', false),
      related: list('related', false),
      sources: list('sources', true),
    });
  }
  return { questions, problems };
}

/** The 1-based line of each top-level key. */
function entryLines(yamlText: string): Map<string, number> {
  const lines = new Map<string, number>();
  const document = parseDocument(yamlText);
  if (!isMap(document.contents)) return lines;
  for (const pair of document.contents.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (key && typeof key.value === 'string' && key.range) lines.set(key.value, yamlText.slice(0, key.range[0]).split('\n').length);
  }
  return lines;
}

