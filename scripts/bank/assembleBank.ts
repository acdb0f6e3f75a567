import type { BankJson, Question } from '../../common/src/bank';
import { parseSeeds, type SeedFile, type SeedQuestion } from './parseSeeds';
import { metadataProblems, parseMetadata, type BankMetadata, type QuestionMetadata } from './metadata';
import { parseOwnQuestions, type OwnQuestion } from './ownQuestions';
import { renderQuestionHtml } from './renderQuestionHtml';

export class BankBuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The question bank cannot be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'BankBuildError';
  }
}

/**
 * Parses the seeds, checks them against our metadata and merges both into the bank; then adds our own
 * questions (`content/own-questions.yaml`), each in its topic after the seeds' questions.
 */
export function assembleBank(seedFiles: readonly SeedFile[], metadataYaml: string, ownQuestionsYaml = ''): BankJson {
  const { documents, questions } = parseSeeds(seedFiles);
  const { metadata, problems } = parseMetadata(metadataYaml);
  const own = parseOwnQuestions(ownQuestionsYaml);
  problems.push(...own.problems);
  const seedIds = questions.map((question) => question.id);
  const ownIds = own.questions.map((entry) => entry.question.id);
  const codeBlockCounts = new Map(questions.map((question) => [question.id, question.codeBlocks.length]));
  problems.push(...metadataProblems(metadata, seedIds, ownIds, codeBlockCounts));
  problems.push(...ownQuestionProblems(own.questions, metadata, new Set([...seedIds, ...ownIds])));
  if (problems.length > 0) throw new BankBuildError(problems);
  const titles = new Map(documents.map((document) => [document.fileName, document.title]));
  return {
    formatVersion: 1,
    documents,
    topics: metadata.topics,
    questions: [
      ...questions.map((question) => withMetadata(question, metadata.questions.get(question.id)!, metadata, titles.get(question.source.fileName))),
      ...own.questions.map(ownQuestion),
    ],
  };
}

function withMetadata(question: SeedQuestion, entry: QuestionMetadata, metadata: BankMetadata, documentTitle: string | undefined): Question {
  const notes = entry.notes.map((id) => ({ id, markdown: metadata.notes.get(id)! }));
  const codeBlocks = question.codeBlocks.map((block, index) => {
    const language = entry.codeLanguages.get(index);
    return language === undefined ? block : { ...block, language, inferred: false };
  });
  return {
    ...question,
    codeBlocks,
    origin: 'seed',
    ...(documentTitle !== undefined && { documentTitle }),
    topic: entry.topic,
    tags: entry.tags,
    related: entry.related,
    notes,
    html: renderQuestionHtml(question, notes, { codeLanguages: entry.codeLanguages }),
  };
}

function ownQuestion({ question, topic, tags, related, sources }: OwnQuestion): Question {
  return {
    ...question,
    origin: 'container-coach',
    sources,
    topic,
    tags,
    related,
    notes: [],
    html: renderQuestionHtml(question, [], { sources }),
  };
}

function ownQuestionProblems(own: readonly OwnQuestion[], metadata: BankMetadata, known: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const topics = new Set(metadata.topics);
  for (const { question, topic, related } of own) {
    const where = `own-questions.yaml: ${question.id}`;
    if (metadata.questions.has(question.id) || seen.has(question.id)) problems.push(`${where}: the id is used twice`);
    seen.add(question.id);
    if (topic && !topics.has(topic)) problems.push(`${where}.topic: "${topic}" is not one of the listed topics`);
    for (const id of related) if (id === question.id || !known.has(id)) problems.push(`${where}.related: no other question with id ${id}`);
  }
  return problems;
}
