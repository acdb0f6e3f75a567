import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { DockerfileParser } from 'dockerfile-ast';
import type { RuleFinding } from './lint';
import type { RuledFix, TargetName } from './rule';
import { visit } from 'yaml';
import { isScalar, parseYamlText } from '../parsing/yaml';

/**
 * One fix-all for the editor's "Fix all" and `container-coach lint --fix`.
 *
 * Overlap policy: in document order, each finding's first eligible fix is taken unless one of its edits
 * intersects an edit already taken or starts at the same offset as one (two insertions at one point, or
 * an insertion where a replacement starts: their order would be a guess). A skipped fix is left for the
 * next pass, when the file has been re-linted.
 */
export interface FixAllOptions {
  /** Also apply fixes that change behaviour (`--unsafe-fixes`). */
  unsafe?: boolean;
}

/** The fix a finding contributes to a fix-all: its first safe one (or first one at all, with `unsafe`). */
export function eligibleFix(finding: RuleFinding, options: FixAllOptions = {}): RuledFix | undefined {
  return finding.fixes?.find((fix) => fix.edits.length > 0 && (options.unsafe || fix.safety === 'safe'));
}

/** Fixes of the finding that a fix-all leaves out because they change behaviour. */
export function countUnsafeFixes(findings: readonly RuleFinding[]): number {
  return findings.filter((finding) => !eligibleFix(finding) && eligibleFix(finding, { unsafe: true })).length;
}

export interface FixPass {
  edits: TextEdit[];
  applied: RuleFinding[];
}

/** One pass: the non-overlapping eligible fixes (see the overlap policy above). */
export function selectFixes(document: TextDocument, findings: readonly RuleFinding[], options: FixAllOptions = {}): FixPass {
  const spans = (fix: RuledFix) => fix.edits.map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) }));
  const candidates = findings
    .map((finding) => ({ finding, fix: eligibleFix(finding, options) }))
    .filter((candidate): candidate is { finding: RuleFinding; fix: RuledFix } => candidate.fix !== undefined)
    .map((candidate) => ({ ...candidate, spans: spans(candidate.fix) }))
    .sort((a, b) => Math.min(...a.spans.map((span) => span.start)) - Math.min(...b.spans.map((span) => span.start)));
  const taken: { start: number; end: number }[] = [];
  const pass: FixPass = { edits: [], applied: [] };
  for (const { finding, fix, spans: own } of candidates) {
    if (own.some((span) => taken.some((other) => span.start === other.start || (span.start < other.end && other.start < span.end)))) continue;
    taken.push(...own);
    pass.edits.push(...fix.edits);
    pass.applied.push(finding);
  }
  return pass;
}

/**
 * What must not get worse for a file to count as still parsing: YAML errors by code and keys left with
 * no value (a sequence or map emptied by removals: `cap_add:` is null, not empty), and for a Dockerfile
 * the number of stages and the instructions the builder does not know.
 */
export function parseProblems(target: TargetName, text: string): string[] {
  if (target !== 'dockerfile') {
    return parseYamlText(text).documents.flatMap(({ doc }) => {
      const problems = doc.errors.map((error) => `yaml:${error.code}`);
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.value) && pair.value.value === null && pair.value.source === '') problems.push('yaml:empty-value');
        },
      });
      return problems;
    });
  }
  const ast = DockerfileParser.parse(text);
  const unknown = ast.getInstructions().filter((instruction) => !KNOWN_INSTRUCTIONS.has(instruction.getKeyword()));
  return [`stages:${ast.getFROMs().length}`, ...unknown.map((instruction) => `unknown:${instruction.getKeyword()}`)];
}

const KNOWN_INSTRUCTIONS = new Set(
  'ADD ARG CMD COPY ENTRYPOINT ENV EXPOSE FROM HEALTHCHECK LABEL MAINTAINER ONBUILD RUN SHELL STOPSIGNAL USER VOLUME WORKDIR'.split(' '),
);

/** True when `after` has no parse problem that `before` did not have. */
export function stillParses(before: readonly string[], after: readonly string[]): boolean {
  const left = new Map<string, number>();
  for (const problem of before) left.set(problem, (left.get(problem) ?? 0) + 1);
  for (const problem of after) {
    const count = left.get(problem) ?? 0;
    if (count === 0) return false;
    left.set(problem, count - 1);
  }
  return true;
}

/** A pass whose result would break the parse is applied fix by fix, keeping only those that keep it. */
export function checkedPass(document: TextDocument, target: TargetName, findings: readonly RuleFinding[], options: FixAllOptions = {}): FixPass & { broke: RuleFinding[] } {
  const pass = selectFixes(document, findings, options);
  const before = parseProblems(target, document.getText());
  if (pass.applied.length === 0 || stillParses(before, parseProblems(target, TextDocument.applyEdits(document, pass.edits)))) return { ...pass, broke: [] };
  const kept: FixPass & { broke: RuleFinding[] } = { edits: [], applied: [], broke: [] };
  for (const finding of pass.applied) {
    const edits = [...kept.edits, ...eligibleFix(finding, options)!.edits];
    if (stillParses(before, parseProblems(target, TextDocument.applyEdits(document, edits)))) {
      kept.edits = edits;
      kept.applied.push(finding);
    } else {
      kept.broke.push(finding);
    }
  }
  return kept;
}

/** A fix that was not applied, and why. */
export interface RejectedFix {
  ruleId: string;
  /** 1-based line of the finding in the text the fix was computed for. */
  line: number;
  reason: 'breaks-parse' | 'no-progress';
}

export interface FixAllResult {
  text: string;
  applied: { ruleId: string; line: number }[];
  rejected: RejectedFix[];
}

/** Fixing one fix can reveal another (or skip an overlapping one); stop after this many passes. */
export const MAX_PASSES = 10;

/**
 * Fixes a file pass after pass until nothing eligible is left: each pass is re-parsed (fixes that break
 * the parse are dropped, and reported when still proposed at the end) and re-linted; a fix whose finding
 * comes back with the same fix made no progress, so its pass is rolled back and made again without it.
 */
export function fixAll(
  document: TextDocument,
  target: TargetName,
  findingsOfDocument: readonly RuleFinding[],
  lint: (document: TextDocument) => readonly RuleFinding[],
  options: FixAllOptions = {},
): FixAllResult {
  const result: FixAllResult = { text: document.getText(), applied: [], rejected: [] };
  const stuck = new Set<string>();
  // A fix that broke the parse is tried again on the next pass (other fixes may have made room for it).
  const broken = new Map<string, RejectedFix>();
  let current = document;
  let findings = findingsOfDocument;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const candidates = findings.filter((finding) => !stuck.has(fixKey(finding, options)));
    const { edits, applied, broke } = checkedPass(current, target, candidates, options);
    for (const finding of broke) broken.set(fixKey(finding, options), rejected(finding, 'breaks-parse'));
    if (applied.length === 0) break;
    const next = TextDocument.create(current.uri, current.languageId, current.version + 1, TextDocument.applyEdits(current, edits));
    const nextFindings = lint(next);
    const again = repeated(applied, findings, nextFindings, options);
    if (again.length > 0) {
      for (const finding of again) {
        stuck.add(fixKey(finding, options));
        result.rejected.push(rejected(finding, 'no-progress'));
      }
      pass--;
      continue;
    }
    result.applied.push(...applied.map((finding) => ({ ruleId: finding.rule.id, line: finding.range.start.line + 1 })));
    current = next;
    findings = nextFindings;
  }
  const left = new Set(findings.map((finding) => fixKey(finding, options)));
  result.rejected.push(...[...broken].filter(([key]) => left.has(key)).map(([, each]) => each));
  result.text = current.getText();
  return result;
}

/** A fix as it would be proposed again after other text moved: its rule, title and inserted text. */
function fixKey(finding: RuleFinding, options: FixAllOptions): string {
  const fix = eligibleFix(finding, options);
  return JSON.stringify([finding.rule.id, fix?.title, fix?.edits.map((edit) => edit.newText)]);
}

/** The applied fixes whose key is proposed at least as often after the pass as before it. */
function repeated(applied: readonly RuleFinding[], before: readonly RuleFinding[], after: readonly RuleFinding[], options: FixAllOptions): RuleFinding[] {
  const count = (findings: readonly RuleFinding[], key: string) => findings.filter((finding) => fixKey(finding, options) === key).length;
  const seen = new Set<string>();
  return applied.filter((finding) => {
    const key = fixKey(finding, options);
    if (seen.has(key)) return false;
    seen.add(key);
    return count(after, key) >= count(before, key);
  });
}

function rejected(finding: RuleFinding, reason: RejectedFix['reason']): RejectedFix {
  return { ruleId: finding.rule.id, line: finding.range.start.line + 1, reason };
}
