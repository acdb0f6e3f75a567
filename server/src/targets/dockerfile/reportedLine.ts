import type { Position, Range } from 'vscode-languageserver-types';
import type { DockerfileRule, Finding, RuleMeta } from '../../engine/rule';
import { isBuildkitCheck } from '../../settings/neighbours';
import type { ParsedDockerfile } from './model';
import { slot } from '../../parsing/slots';

/**
 * hadolint and `docker build --check` report a finding on the first line of its instruction, wherever the
 * offending word sits; NoEmptyContinuation is the exception (BuildKit reports it where the instruction ends,
 * and its rule ranges it there itself).
 */
export function reportsOnInstructionLine(rule: Pick<RuleMeta, 'aliases'>): boolean {
  return !rule.aliases.includes('NoEmptyContinuation') && rule.aliases.some((alias) => /^DL\d{4}$/.test(alias) || isBuildkitCheck(alias));
}

/**
 * `rule`, its findings that start on a continuation line of an instruction (or in its heredoc) made to
 * start at the instruction's keyword, so the editor, hadolint and BuildKit name the same line; the range
 * still ends after the offending text, and the fixes are the rule's.
 */
export function onInstructionLine(rule: DockerfileRule): DockerfileRule {
  if (!reportsOnInstructionLine(rule)) return rule;
  const check = rule.check;
  return { ...rule, check: (context, env) => new OnInstructionLine(context.dockerfile, check(context, env)[Symbol.iterator]()) };
}

/**
 * The findings of a check, each moved to its instruction's line as it is taken. A class, not a generator
 * nor an object literal with a computed `[Symbol.iterator]` key: most checks find nothing, and every
 * check of every file creates one.
 */
class OnInstructionLine implements IterableIterator<Finding> {
  constructor(
    private readonly dockerfile: ParsedDockerfile,
    private readonly findings: Iterator<Finding>,
  ) {}

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Finding> {
    const step = this.findings.next();
    if (!step.done) fromInstructionStart(this.dockerfile, step.value);
    return step;
  }
}

interface Span {
  start: Position;
  endLine: number;
}

const spans = slot<ParsedDockerfile, Span[]>('reported line spans');

/** The instructions of the file, ONBUILD triggers inside their ONBUILD, in order. */
function spansOf(dockerfile: ParsedDockerfile): Span[] {
  let list = spans.get(dockerfile);
  if (!list) {
    list = dockerfile.instructions.filter((instruction) => !dockerfile.triggers.has(instruction)).map((instruction) => {
      const { start, end } = instruction.getRange();
      return { start, endLine: end.line };
    });
    spans.set(dockerfile, list);
  }
  return list;
}

function fromInstructionStart(dockerfile: ParsedDockerfile, finding: Finding): Finding {
  const { line } = finding.range.start;
  const list = spansOf(dockerfile);
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (list[middle].start.line <= line) low = middle;
    else high = middle - 1;
  }
  const span = list[low];
  if (span && span.start.line < line && line <= span.endLine) finding.range = { start: span.start, end: finding.range.end } satisfies Range;
  return finding;
}
