import { readFileSync } from 'node:fs';

/** The parts of a bank record the client shows. The full record is built by scripts/buildBank.ts. */
export interface QuestionRecord {
  id: string;
  number: number;
  title: string;
  html: string;
}

/** Loads dist/bank.json on first use, so activation stays light. */
export class QuestionStore {
  private questions: Map<string, QuestionRecord> | undefined;

  constructor(private readonly bankPath: string) {}

  get(id: string): QuestionRecord | undefined {
    this.questions ??= new Map(
      (JSON.parse(readFileSync(this.bankPath, 'utf8')) as { questions: QuestionRecord[] }).questions.map((q) => [q.id, q]),
    );
    return this.questions.get(id);
  }
}
