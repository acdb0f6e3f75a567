import type { Range } from 'vscode-languageserver-types';
import { fixesNow, type Finding, type RuleEnv, type TargetRule } from './rule';

/** A part of a file that `scope: 'document'` rules check alone (a YAML document), with the context they see. */
export interface DocumentUnit<C> {
  /** Everything the rules' findings in the unit depend on: its text from the start of its first line, and the like. */
  key: string;
  /** The line the unit's text starts on. */
  line: number;
  context: C;
}

interface Stored {
  line: number;
  findings: readonly Finding[];
}

/**
 * The findings of `scope: 'document'` rules per unit of one analysis, kept for the next analysis of the
 * same document: a unit whose key is unchanged gets its findings back, moved to its new line, without
 * running the rule. It holds only the units of its own analysis, so memory does not grow across edits.
 */
export class DocumentFindings {
  private readonly byKey = new Map<string, Map<string, Stored>>();
  private settingsKey: string | undefined;

  constructor(
    /** What every finding depends on besides the unit (workspace facts, today): another one reuses nothing. */
    private readonly settings: () => string,
    private previous: DocumentFindings | undefined,
  ) {
    // Written out only when there is a previous analysis to compare with (an edit), not on every analysis.
    if (previous && previous.key() !== this.key()) this.previous = undefined;
  }

  private key(): string {
    return (this.settingsKey ??= this.settings());
  }

  /** The rule's findings in each unit, in unit order: stored ones moved to the unit's line, others computed. */
  *check<C>(rule: TargetRule<C>, units: readonly DocumentUnit<C>[], env: RuleEnv): Generator<Finding> {
    for (const unit of units) {
      const stored = this.lookup(unit.key, rule.id) ?? this.store(unit.key, rule.id, { line: unit.line, findings: [...rule.check(unit.context, env)] });
      if (stored.line === unit.line) yield* stored.findings;
      else for (const finding of stored.findings) yield moveFinding(finding, unit.line - stored.line);
    }
  }

  /** The analysis has run every rule: the previous one is no longer needed. */
  release(): void {
    this.previous = undefined;
  }

  private lookup(key: string, ruleId: string): Stored | undefined {
    const own = this.byKey.get(key)?.get(ruleId);
    if (own) return own;
    const earlier = this.previous?.byKey.get(key)?.get(ruleId);
    return earlier && this.store(key, ruleId, earlier);
  }

  private store(key: string, ruleId: string, stored: Stored): Stored {
    let byRule = this.byKey.get(key);
    if (!byRule) this.byKey.set(key, (byRule = new Map()));
    byRule.set(ruleId, stored);
    return stored;
  }
}

/** The finding `lines` further down; its fixes' edits move with it, so fixes computed on demand are computed here. */
function moveFinding(finding: Finding, lines: number): Finding {
  const fixes = fixesNow(finding.fixes);
  const move = (range: Range): Range => ({
    start: { line: range.start.line + lines, character: range.start.character },
    end: { line: range.end.line + lines, character: range.end.character },
  });
  return {
    ...finding,
    range: move(finding.range),
    ...(fixes && { fixes: fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, range: move(edit.range) })) })) }),
  };
}
