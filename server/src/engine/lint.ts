import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Rule, RuledFix, RuleEnv, Severity, TargetName, TargetRule, WorkspaceFacts } from './rule';
import { Suppressions } from '../suppressions/suppressions';
import type { HoverEnv, HoverSection, ParseError, Target } from '../targets/target';
import type { CompletionInput } from '../completionItems';
import { isHelmTemplate } from '../parsing/yaml';

export interface RuleFinding extends Finding {
  rule: Rule;
  severity: Severity;
  fixes?: RuledFix[];
}

export interface LintOptions {
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Facts about the files around the document (`.dockerignore`, …), gathered by the caller. */
  workspace?: WorkspaceFacts;
  /** The settings exclude the document: no rule runs (hovers and completion still work). */
  excluded?: boolean;
  /** Today, for rules that compare with a date (end-of-life images); the system clock when absent. */
  clock?: () => Date;
}

export interface LintResult {
  findings: RuleFinding[];
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
  /** Rules that threw; the other rules still ran. */
  failures: { ruleId: string; error: unknown }[];
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/**
 * Everything we know of one version of one document, computed once: its target, its parsed context,
 * its suppressions and its findings, and the target's features bound to them.
 */
export interface Analysis<C = unknown> {
  document: TextDocument;
  target: TargetName;
  /** The parsed document; parsed on first call, so a skipped document is parsed only if a feature asks. */
  context(): C;
  /** None when the document was skipped. */
  suppressions: Suppressions;
  result: LintResult;
  /** The first syntax error of a document whose target reports them (YAML). */
  syntaxError(): ParseError | undefined;
  /** The explanation of the syntax under the cursor (findings aside). */
  hover(position: Position, env: HoverEnv): HoverSection | undefined;
  completion(input: CompletionInput): CompletionItem[];
  /** What an ignore comment on one line silences (`instruction` or `line`). */
  ignoreNoun: string;
  /** The line an ignore comment goes above for a finding starting on `line`. */
  ignoreLine(line: number): number;
  /** The line a file-wide ignore comment goes on. */
  ignoreFileLine(): number;
}

export function analyse<C extends { document: TextDocument }>(document: TextDocument, target: Target<C>, options: LintOptions): Analysis<C> {
  let parsed: C | undefined;
  const context = (): C => (parsed ??= target.parse(document, options.workspace ?? {}));
  const text = document.getText();
  const skipped = options.excluded ? undefined : (reasonToSkip(text, options.maxFileSize) ?? target.skip?.(text));
  const runs = !skipped && !options.excluded;
  const suppressions = runs ? target.suppressions(context()) : Suppressions.none;
  const result: LintResult = runs ? runRules(target.rules, context(), suppressions, options) : { findings: [], failures: [], ...(skipped ? { skipped } : {}) };
  return {
    document,
    target: target.name,
    context,
    suppressions,
    result,
    syntaxError: () => target.syntaxError?.(context()),
    hover: (position, env) => target.hover(context(), position, env),
    completion: (input) => target.completion(context, input),
    ignoreNoun: target.ignore.noun,
    ignoreLine: (line) => target.ignore.line(context(), line),
    ignoreFileLine: () => target.ignore.fileLine(context()),
  };
}

/** The findings of a document of `target`: what `analyse` finds, without the rest of the analysis. */
export function lintDocument<C extends { document: TextDocument }>(document: TextDocument, target: Target<C>, options: LintOptions): LintResult {
  return analyse(document, target, options).result;
}

/** Runs the rules on a parsed context (a profiler runs them one at a time on the same context). */
export function runRules<C>(rules: readonly TargetRule<C>[], context: C, suppressions: Suppressions, options: LintOptions): LintResult {
  const result: LintResult = { findings: [], failures: [] };
  const env: RuleEnv = { today: (options.clock?.() ?? new Date()).toISOString().slice(0, 10) };
  const seen = new Set<string>();
  for (const rule of rules) {
    const severity = options.severities?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    try {
      for (const finding of rule.check(context, env)) {
        if (suppressions.isSuppressed(rule, finding.range.start.line)) continue;
        // A pair merged into several YAML maps (`<<: *anchor`) is reported once, where it is written.
        const key = `${rule.id}@${JSON.stringify(finding.range)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const { fixes, ...rest } = finding;
        result.findings.push({ ...rest, rule, severity, ...(fixes && { fixes: withSafety(rule, fixes) }) });
      }
    } catch (error) {
      result.failures.push({ ruleId: rule.id, error });
    }
  }
  return result;
}

/** A fix that states no safety has its rule's; a rule that forgot to state one is taken at its word: unsafe. */
function withSafety(rule: Rule, fixes: readonly Fix[]): RuledFix[] {
  return fixes.map((fix) => ({ ...fix, safety: fix.safety ?? rule.fixSafety ?? 'unsafe' }));
}

export function reasonToSkipYaml(text: string): string | undefined {
  if (isHelmTemplate(text)) {
    return 'Container Coach skipped this file: it is a Helm template ({{ }}), not YAML until rendered; lint the output of `helm template` instead.';
  }
  return undefined;
}

export function reasonToSkip(text: string, maxFileSize: number): string | undefined {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxFileSize) {
    return `Container Coach skipped this file: it is ${formatSize(size)}, over the ${formatSize(maxFileSize)} limit (setting containerCoach.maxFileSize).`;
  }
  if (looksBinary(text)) return 'Container Coach skipped this file: it looks binary (it contains NUL or control bytes).';
  return undefined;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\0')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.1;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
