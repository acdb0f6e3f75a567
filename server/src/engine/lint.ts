import type { CompletionItem, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { severityFor, type Finding, type Fix, type Rule, type RuledFix, type RuleEnv, type RuleSetting, type Severity, type TargetName, type TargetRule, type WorkspaceFacts } from './rule';
import { Suppressions } from '../suppressions/suppressions';
import type { HoverEnv, HoverSection, ParseError, Target } from '../targets/target';
import type { CompletionInput } from '../completionItems';
import { isHelmTemplate } from '../parsing/yaml';
import { utf8Length } from '../text/utf8';
import { DocumentFindings } from './documentFindings';

export interface RuleFinding extends Finding {
  rule: Rule;
  severity: Severity;
  fixes?: RuledFix[];
}

export interface LintOptions {
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  /** Per rule id; a rule not named runs at its own severity, unless it is off by default. */
  severities?: Readonly<Record<string, RuleSetting>>;
  /** Facts about the files around the document (`.dockerignore`, …), gathered by the caller. */
  workspace?: WorkspaceFacts;
  /** The settings exclude the document: no rule runs (hovers and completion still work). */
  excluded?: boolean;
  /** Findings reported per document at most (default `MAX_FINDINGS`); past it, `LintResult.partial` says so. */
  maxFindings?: number;
  /** Milliseconds the rules may spend on one document (default `TIME_BUDGET_MS`); past it, the findings so far. */
  timeBudgetMs?: number;
  /** The clock of the time budget, in milliseconds: `performance.now` unless a test brings its own. */
  clock?: () => number;
  /** Today, for rules that compare with a date (end-of-life images); the system clock when absent. */
  today?: () => Date;
}

export interface LintResult {
  findings: RuleFinding[];
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
  /** Rules that threw; the other rules still ran. */
  failures: { ruleId: string; error: unknown }[];
  /** Why the findings are not all of them (the cap on findings, the time budget), when they are not. */
  partial?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
export const MAX_FINDINGS = 1000;
export const TIME_BUDGET_MS = 2000;
/**
 * The documents of a YAML stream that rules check together, rule by rule; a longer stream is checked a block
 * at a time, top to bottom, so that past the cap on findings a person has every finding of its first
 * documents rather than the first rules' across the file. Up to this many, rule by rule across the file:
 * checking each document alone made a pass over the corpus's YAML files a quarter slower, all of it
 * garbage collection.
 */
export const DOCUMENT_BLOCK = 50;
/** How `LintResult.partial` begins. */
export const PARTIAL = 'Container Coach analysed this file only in part: ';

/**
 * Everything we know of one version of one document, computed once: its target, its parsed context,
 * its suppressions and its findings, and the target's features bound to them.
 */
export interface Analysis<C = unknown> {
  document: TextDocument;
  target: TargetName;
  /** The parsed document; parsed on first call, so a skipped document is parsed only if a feature asks. */
  context(): C;
  /** The parsed document if it was parsed already; never parses. */
  parsed(): C | undefined;
  /** None when the document was skipped. */
  suppressions: Suppressions;
  /** The findings: the rules still to run run first (see `step`). */
  readonly result: LintResult;
  /** Runs the rules for about `sliceMs` (see `RuleRun`); true once all have run. */
  step(sliceMs: number): boolean;
  /** Every rule has run (or the analysis stopped early): reading `result` costs nothing more. */
  readonly done: boolean;
  /** The first syntax error of a document whose target reports them (YAML); none when the rules do not run (skipped, excluded). */
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
  /** Once every rule ran, drops what the rules derived from the parse (see `Target.release`); the findings stay. */
  release(open?: boolean): void;
  /** The findings of the `scope: 'document'` rules per YAML document, for the next analysis of the document (`analyse`'s `previous`). */
  readonly documentFindings?: DocumentFindings;
}

/**
 * `previous`, an analysis of an earlier version of the same document, lends its findings in the YAML
 * documents that did not change (see `DocumentFindings`); the result is the same as without it.
 */
export function analyse<C extends { document: TextDocument }>(document: TextDocument, target: Target<C>, options: LintOptions, previous?: Analysis): Analysis<C> {
  return new TargetAnalysis(document, target, options, previous);
}

/**
 * An analysis is a class, not an object with getters: a getter of each object would give each a property
 * dictionary of its own, which keeps the parse alive until a full garbage collection.
 */
class TargetAnalysis<C extends { document: TextDocument }> implements Analysis<C> {
  readonly target: TargetName;
  readonly suppressions: Suppressions;
  readonly ignoreNoun: string;
  private parse: C | undefined;
  /** Held until this analysis parses, not after: analyses do not chain to their predecessors. */
  private earlierParse: C | undefined;
  private earlierFindings: DocumentFindings | undefined;
  private findings: DocumentFindings | undefined;
  private readonly units: ReturnType<NonNullable<Target<C>['units']>> | undefined;
  /** How many blocks of `DOCUMENT_BLOCK` documents the rules check one after another: one unless the file has several documents. */
  private readonly blocks: number;
  private readonly runs: boolean;
  private readonly run: RuleRun<C> | undefined;
  private readonly idle: LintResult;

  constructor(
    readonly document: TextDocument,
    private readonly of: Target<C>,
    private readonly options: LintOptions,
    previous: Analysis | undefined,
  ) {
    this.target = of.name;
    this.ignoreNoun = of.ignore.noun;
    this.earlierParse = previous?.target === of.name ? (previous.parsed() as C | undefined) : undefined;
    this.earlierFindings = previous?.documentFindings;
    const text = document.getText();
    const skipped = options.excluded ? undefined : (reasonToSkip(text, options.maxFileSize) ?? of.skip?.(text));
    this.runs = !skipped && !options.excluded;
    if (!this.runs) this.earlierParse = undefined;
    this.suppressions = this.runs ? of.suppressions(this.context()) : Suppressions.none;
    this.units = this.runs ? of.units?.(this.context()) : undefined;
    const check = of.units || of.interested ? (rule: TargetRule<C>, env: RuleEnv, block: number) => this.check(rule, env, block) : undefined;
    this.blocks = this.units && this.units.length > 1 ? Math.ceil(this.units.length / DOCUMENT_BLOCK) : 1;
    this.run = this.runs ? new RuleRun(of.rules, this.context(), this.suppressions, options, check, { blocks: this.blocks, documents: this.units?.length ?? 0 }) : undefined;
    this.idle = { findings: [], failures: [], ...(skipped ? { skipped } : {}) };
  }

  context(): C {
    if (this.parse) return this.parse;
    this.parse = this.of.parse(this.document, this.options.workspace ?? {}, this.earlierParse);
    this.earlierParse = undefined;
    return this.parse;
  }

  parsed(): C | undefined {
    return this.parse;
  }

  get result(): LintResult {
    if (this.run) this.settle(this.run.step());
    return this.run?.result ?? this.idle;
  }

  step(sliceMs: number): boolean {
    return this.settle(this.run?.step(sliceMs) ?? true);
  }

  get done(): boolean {
    return this.run?.done ?? true;
  }

  syntaxError(): ParseError | undefined {
    return this.runs ? this.of.syntaxError?.(this.context()) : undefined;
  }

  hover(position: Position, env: HoverEnv): HoverSection | undefined {
    return this.of.hover(this.context(), position, env);
  }

  completion(input: CompletionInput): CompletionItem[] {
    return this.of.completion(() => this.context(), input);
  }

  ignoreLine(line: number): number {
    return this.of.ignore.line(this.context(), line);
  }

  ignoreFileLine(): number {
    return this.of.ignore.fileLine(this.context());
  }

  release(open = false): void {
    if (this.parse && (this.run?.done ?? true)) this.of.release?.(this.parse, open);
  }

  get documentFindings(): DocumentFindings | undefined {
    return this.findings;
  }

  /** The rule's findings in block `block` of the documents; a rule that reads the whole file runs with the last block. */
  private check(rule: TargetRule<C>, env: RuleEnv, block: number): Iterable<Finding> {
    const { interested } = this.of;
    const units = this.units;
    const perDocument = units !== undefined && rule.scope === 'document';
    if (!perDocument && block < this.blocks - 1) return NOTHING;
    if (interested && !interested(rule, this.context())) return NOTHING;
    return perDocument ? this.perDocument(rule, env, units, block) : rule.check(this.context(), env);
  }

  private perDocument(rule: TargetRule<C>, env: RuleEnv, all: NonNullable<typeof this.units>, block: number): Iterable<Finding> {
    // A file of one document changes as a whole: nothing to reuse, nothing worth keeping.
    if (all.length < 2) return rule.check(this.context(), env);
    const units = all.slice(block * DOCUMENT_BLOCK, (block + 1) * DOCUMENT_BLOCK);
    this.findings ??= new DocumentFindings(() => JSON.stringify([this.options.workspace ?? {}, env]), this.earlierFindings);
    this.earlierFindings = undefined;
    const { interested } = this.of;
    const wanted = interested ? units.filter((unit) => interested(rule, unit.context)) : units;
    return this.findings.check(rule, wanted, env);
  }

  private settle(done: boolean): boolean {
    if (done) {
      this.findings?.release();
      this.earlierFindings = undefined;
    }
    return done;
  }
}

const NOTHING: readonly Finding[] = [];

function ruleEnv(options: LintOptions): RuleEnv {
  return { today: options.today ? isoDay(options.today()) : today() };
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;
let todayCache: { until: number; day: string } | undefined;

/** The system clock's day (UTC): formatting a date costs microseconds, and every analysis asks. */
function today(): string {
  const now = Date.now();
  if (!todayCache || now >= todayCache.until || now < todayCache.until - DAY_MS) todayCache = { until: (Math.floor(now / DAY_MS) + 1) * DAY_MS, day: isoDay(new Date(now)) };
  return todayCache.day;
}

/** The findings of a document of `target`: what `analyse` finds, without the rest of the analysis. */
export function lintDocument<C extends { document: TextDocument }>(document: TextDocument, target: Target<C>, options: LintOptions): LintResult {
  return analyse(document, target, options).result;
}

/** Runs the rules on a parsed context (a profiler runs them one at a time on the same context). */
export function runRules<C>(rules: readonly TargetRule<C>[], context: C, suppressions: Suppressions, options: LintOptions): LintResult {
  const run = new RuleRun(rules, context, suppressions, options);
  run.step();
  return run.result;
}

/** A rule whose findings are being taken. */
interface OpenRule<C> {
  rule: TargetRule<C>;
  severity: Severity;
  findings: Iterator<Finding>;
}

/** The blocks of documents a run checks one after another (`DOCUMENT_BLOCK`), and how many documents they hold. */
export interface RunBlocks {
  blocks: number;
  documents: number;
}

/**
 * The rules of one document, run in slices: `step(ms)` runs them for about that long and stops between
 * two rules or two findings, so that a server can answer other requests in between. Only the time spent
 * in `step` counts against the time budget. With several blocks of documents, every rule runs on a block
 * before any on the next.
 */
export class RuleRun<C> {
  readonly result: LintResult = { findings: [], failures: [] };
  private next = 0;
  private block = 0;
  /** Rules that threw: not checked again on the blocks after. */
  private failed: Set<string> | undefined;
  private current: OpenRule<C> | undefined;
  private spent = 0;
  private finished = false;
  private readonly seen = new Set<string>();
  private readonly clock: () => number;
  private readonly env: RuleEnv;
  /** The settings' severities, when they name any rule. */
  private readonly severities: Readonly<Record<string, RuleSetting>> | undefined;

  constructor(
    private readonly rules: readonly TargetRule<C>[],
    context: C,
    private readonly suppressions: Suppressions,
    private readonly options: LintOptions,
    /** How a rule is checked on a block: its own `check` on the context, unless the analysis reuses findings. */
    private readonly check: (rule: TargetRule<C>, env: RuleEnv, block: number) => Iterable<Finding> = (rule, env) => rule.check(context, env),
    private readonly blocks: RunBlocks = { blocks: 1, documents: 0 },
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.env = ruleEnv(options);
    this.severities = namesAny(options.severities) ? options.severities : undefined;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Runs rules until all have run or `sliceMs` have passed; true when all have run. */
  step(sliceMs = Infinity): boolean {
    const start = this.clock();
    const budget = this.options.timeBudgetMs ?? TIME_BUDGET_MS;
    while (!this.finished) {
      const elapsed = this.clock() - start;
      if (this.spent + elapsed > budget) {
        this.stop(`${PARTIAL}its rules took over ${formatSeconds(budget)} (${this.progress()}); the findings so far are shown.`);
        break;
      }
      if (elapsed >= sliceMs) {
        this.spent += elapsed;
        return false;
      }
      this.advance();
    }
    this.spent += this.clock() - start;
    return true;
  }

  /** Takes one finding of the current rule, opening the next rule first when none is open. */
  private advance(): void {
    if (!this.current && !this.open()) return;
    this.take(this.current!);
  }

  /** How far a run that stopped early got, for its message. */
  private progress(): string {
    const { blocks, documents } = this.blocks;
    if (blocks > 1) return `every rule ran on ${formatCount(this.block * DOCUMENT_BLOCK)} of its ${formatCount(documents)} documents`;
    return `${this.next - (this.current ? 1 : 0)} of ${this.rules.length} ran to the end`;
  }

  /** Opens the next rule, on the next block after the last rule; false when none was opened (all have run, the rule is off, or it threw). */
  private open(): boolean {
    if (this.next === this.rules.length && this.block + 1 < this.blocks.blocks) {
      this.block++;
      this.next = 0;
    }
    const rule = this.rules[this.next++];
    if (!rule) {
      this.finished = true;
      return false;
    }
    const severity = severityFor(rule, this.severities?.[rule.id]);
    if (severity === 'off' || this.failed?.has(rule.id)) return false;
    try {
      this.current = { rule, severity, findings: this.check(rule, this.env, this.block)[Symbol.iterator]() };
      return true;
    } catch (error) {
      this.fail(rule, error);
      return false;
    }
  }

  private fail(rule: Rule, error: unknown): void {
    this.result.failures.push({ ruleId: rule.id, error });
    (this.failed ??= new Set()).add(rule.id);
  }

  private take(current: OpenRule<C>): void {
    const { rule, severity, findings } = current;
    let next: IteratorResult<Finding>;
    try {
      next = findings.next();
    } catch (error) {
      this.fail(rule, error);
      this.current = undefined;
      return;
    }
    if (next.done) {
      this.current = undefined;
      return;
    }
    const finding = next.value;
    if (this.suppressions.isSuppressed(rule, finding.range.start.line)) return;
    // A pair merged into several YAML maps (`<<: *anchor`) is reported once, where it is written.
    const { start, end } = finding.range;
    const key = `${rule.id}@${start.line}:${start.character}-${end.line}:${end.character}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const max = this.options.maxFindings ?? MAX_FINDINGS;
    if (this.result.findings.length >= max) {
      this.stop(`${PARTIAL}it has over ${formatCount(max)} findings; the first ${formatCount(max)} are shown, the others are not reported.`);
      return;
    }
    this.result.findings.push(ruleFinding(finding, rule, severity, (error) => this.result.failures.push({ ruleId: rule.id, error })));
  }

  private stop(partial: string): void {
    this.result.partial = partial;
    this.current = undefined;
    this.finished = true;
  }
}

/** True when the record has a key: looking up every rule's id in an empty one costs more than the rest of opening it. */
function namesAny(record: object | undefined): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return true;
  return false;
}

/**
 * The finding as the engine hands it on. A rule may compute its fixes on demand (`fixes` a function): they
 * then stay on demand, computed once, when a code action, `--fix` or a diagnostic's data asks for them; a
 * function that throws is recorded in `failures`.
 */
function ruleFinding(finding: Finding, rule: Rule, severity: Severity, failed: (error: unknown) => void): RuleFinding {
  const { fixes } = finding;
  const ruled = (typeof fixes === 'function' ? new DeferredFixes(() => ruledFixes(finding, fixes, rule, failed)) : {}) as RuleFinding;
  // Copied key by key: object rest and spread cost microseconds per finding here.
  for (const key of Object.keys(finding)) if (key !== 'fixes') (ruled as unknown as Record<string, unknown>)[key] = (finding as unknown as Record<string, unknown>)[key];
  ruled.rule = rule;
  ruled.severity = severity;
  if (fixes && typeof fixes !== 'function') ruled.fixes = withSafety(rule, fixes);
  return ruled;
}

/** A function that throws is a rule failure, as a check that throws is: the finding stands, without a fix. */
function ruledFixes(finding: Finding, compute: () => Fix[] | undefined, rule: Rule, failed: (error: unknown) => void): RuledFix[] | undefined {
  let own: Fix[] | undefined;
  try {
    own = compute();
  } catch (error) {
    failed(error);
  }
  // The rule's finding holds its fixes from now on, not the function and the parse it holds (a later analysis may reuse it).
  finding.fixes = own;
  return own && withSafety(rule, own);
}

/**
 * A finding whose fixes are computed when first read. The getter is its class's: a getter of each object
 * would give each a property dictionary of its own, which keeps the parse alive until a full garbage collection.
 */
class DeferredFixes {
  #compute: (() => RuledFix[] | undefined) | undefined;

  constructor(compute: () => RuledFix[] | undefined) {
    this.#compute = compute;
  }

  get fixes(): RuledFix[] | undefined {
    const fixes = this.#compute?.();
    this.#compute = undefined;
    Object.defineProperty(this, 'fixes', { value: fixes, enumerable: true, writable: true, configurable: true });
    return fixes;
  }
}

/** `1,000`: what `toLocaleString('en-US')` writes for an integer, without loading the locale data on first use (tens of ms). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}

/** A fix that states no safety has its rule's; a rule that forgot to state one is taken at its word: unsafe. */
export function withSafety(rule: Rule, fixes: readonly Fix[]): RuledFix[] {
  return fixes.map((fix) => ({ ...fix, safety: fix.safety ?? rule.fixSafety ?? 'unsafe' }));
}

export function reasonToSkipYaml(text: string): string | undefined {
  if (isHelmTemplate(text)) {
    return 'Container Coach skipped this file: it is a Helm template ({{ }}), not YAML until rendered; lint the output of `helm template` instead.';
  }
  return undefined;
}

export function reasonToSkip(text: string, maxFileSize: number): string | undefined {
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4): most texts need no count.
  const size = text.length * 3 > maxFileSize ? utf8Length(text) : 0;
  if (size > maxFileSize) {
    return `Container Coach skipped this file: it is ${formatSize(size)}, over the ${formatSize(maxFileSize)} limit (setting containerCoach.maxFileSize).`;
  }
  if (looksBinary(text)) return 'Container Coach skipped this file: it looks binary (it contains NUL or control bytes).';
  return undefined;
}

/** NUL, or many control bytes and invalid UTF-8 (U+FFFD once read): a few in a small text file are a typo, not a binary. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\0')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls >= 32 && controls / sample.length > 0.1;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
