import type { BankJson, Question } from '../../common/src/bank';
import { parseSeeds, type SeedFile, type SeedQuestion } from './parseSeeds';
import { metadataProblems, parseMetadata, type BankMetadata } from './metadata';
import { renderQuestionHtml } from './renderQuestionHtml';

export class BankBuildError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The question bank cannot be built:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'BankBuildError';
  }
}

/** Parses the seeds, checks them against our metadata and merges both into the bank. */
export function assembleBank(seedFiles: readonly SeedFile[], metadataYaml: string): BankJson {
  const { documents, questions } = parseSeeds(seedFiles);
  const { metadata, problems } = parseMetadata(metadataYaml);
  problems.push(...metadataProblems(metadata, questions.map((question) => question.id)));
  if (problems.length > 0) throw new BankBuildError(problems);
  return {
    formatVersion: 1,
    documents,
    topics: metadata.topics,
    questions: questions.map((question) => withMetadata(question, metadata)),
  };
}

function withMetadata(question: SeedQuestion, metadata: BankMetadata): Question {
  const entry = metadata.questions.get(question.id)!;
  const notes = entry.notes.map((id) => ({ id, markdown: metadata.notes.get(id)! }));
  return {
    ...question,
    topic: entry.topic,
    tags: entry.tags,
    related: entry.related,
    notes,
    html: renderQuestionHtml(question, notes),
  };
}
