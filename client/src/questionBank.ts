import { readFileSync } from 'node:fs';
import { QuestionBank, type BankJson, type Question } from '../../common/src/bank';
import { RuleCatalog, type RulesJson } from '../../common/src/ruleCatalog';

/** Reads `dist/bank.json` and `dist/rules.json` on first use, so activation stays light. */
export class QuestionStore {
  private loadedBank: QuestionBank | undefined;
  private loadedRules: RuleCatalog | undefined;

  constructor(
    private readonly bankPath: string,
    private readonly rulesPath: string,
  ) {}

  get bank(): QuestionBank {
    this.loadedBank ??= QuestionBank.fromJson(JSON.parse(readFileSync(this.bankPath, 'utf8')) as BankJson);
    return this.loadedBank;
  }

  get rules(): RuleCatalog {
    this.loadedRules ??= RuleCatalog.fromJson(JSON.parse(readFileSync(this.rulesPath, 'utf8')) as RulesJson);
    return this.loadedRules;
  }

  get loaded(): boolean {
    return this.loadedBank !== undefined || this.loadedRules !== undefined;
  }
}

/** `Q288`, or `Open question` for the follow-ups, which have no number. */
export function questionTag(question: Pick<Question, 'number'>): string {
  return question.number === null ? 'Open question' : `Q${question.number}`;
}

/** `Q288. How do you…` / `Open question: How would you…`. */
export function questionLabel(question: Pick<Question, 'number' | 'title'>): string {
  return question.number === null ? `Open question: ${question.title}` : `Q${question.number}. ${question.title}`;
}
