import { plainTitle, QuestionBank, questionTag, type BankJson, type Question } from '../../common/src/bank';
import { RuleCatalog, type RulesJson } from '../../common/src/ruleCatalog';

/** Reads `dist/bank.json` and `dist/rules.json` on first use, so activation stays light. */
export class QuestionStore {
  private loadedBank: QuestionBank | undefined;
  private loadedRules: RuleCatalog | undefined;

  /** `read` returns the text of a file of the extension: `dist/bank.json`, `dist/rules.json`. */
  constructor(private readonly read: (relativePath: string) => string) {}

  get bank(): QuestionBank {
    this.loadedBank ??= QuestionBank.fromJson(JSON.parse(this.read('dist/bank.json')) as BankJson);
    return this.loadedBank;
  }

  get rules(): RuleCatalog {
    this.loadedRules ??= RuleCatalog.fromJson(JSON.parse(this.read('dist/rules.json')) as RulesJson);
    return this.loadedRules;
  }

  get loaded(): boolean {
    return this.loadedBank !== undefined || this.loadedRules !== undefined;
  }
}

export { questionTag };

/** `Q288. How do you…` / `Open question: How would you…` / `Container Coach: Why…`, in plain text. */
export function questionLabel(question: Pick<Question, 'number' | 'title'> & Partial<Pick<Question, 'origin'>>): string {
  const title = plainTitle(question.title);
  return question.number === null ? `${questionTag(question)}: ${title}` : `Q${question.number}. ${title}`;
}
