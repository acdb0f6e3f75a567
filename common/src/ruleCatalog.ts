import type { Severity, TargetName } from '../../server/src/engine/rule';

/** What the client shows of a rule: one entry of `dist/rules.json`, which the build writes from the registry. */
export interface RuleInfo {
  id: string;
  target: TargetName;
  severity: Severity;
  aliases: string[];
  summary: string;
  /** Ids of the questions that explain the rule, most relevant first. */
  questions: string[];
  docs: { why: string; bad?: string; good?: string; differsFromHadolint?: string };
  /** The kind of the rule's fix, when it has one (see `FixSafety`). */
  fixSafety?: 'safe' | 'unsafe';
  /** `false` for a rule that runs only when a setting turns it on. */
  enabledByDefault?: false;
  /**
   * `summary` and `docs` rendered at build time (Markdown, highlighted code for the examples); `fix` states the
   * fix's kind, `offByDefault` how to turn on a rule off by default.
   */
  html: { summary: string; why: string; bad?: string; good?: string; fix?: string; offByDefault?: string; differsFromHadolint?: string };
}

/** The shape of `dist/rules.json`. */
export interface RulesJson {
  formatVersion: 1;
  rules: RuleInfo[];
}

/** The rules by id and, the other way round, the rules that cite each question. */
export class RuleCatalog {
  private readonly byId = new Map<string, RuleInfo>();
  private readonly byQuestion = new Map<string, RuleInfo[]>();

  constructor(rules: readonly RuleInfo[]) {
    for (const rule of rules) {
      this.byId.set(rule.id, rule);
      for (const question of new Set(rule.questions)) {
        const citing = this.byQuestion.get(question);
        if (citing) citing.push(rule);
        else this.byQuestion.set(question, [rule]);
      }
    }
  }

  static fromJson(json: RulesJson): RuleCatalog {
    return new RuleCatalog(json.rules);
  }

  get(id: string): RuleInfo | undefined {
    return this.byId.get(id);
  }

  all(): RuleInfo[] {
    return [...this.byId.values()];
  }

  /** Rules that cite the question, in registry order. */
  citing(questionId: string): readonly RuleInfo[] {
    return this.byQuestion.get(questionId) ?? [];
  }
}
