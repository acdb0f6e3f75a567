import type { Hover, Position, Range } from 'vscode-languageserver-types';
import type { ParsedDockerfile } from './documents/dockerfile';
import type { RuleFinding } from './linter';
import { codeBlock, escapeMarkdown } from './markdown';
import type { QuestionLinker } from './questions/links';

/** Explanations of Dockerfile syntax, from content/hovers (ours, not the seeds'). */
export interface KeywordDoc {
  summary: string;
  questions?: string[];
}

export interface DockerfileDocs {
  instructions: Record<string, KeywordDoc>;
}

export interface HoverInput {
  position: Position;
  findings: readonly RuleFinding[];
  linker: QuestionLinker;
  dockerfile?: ParsedDockerfile;
  docs?: DockerfileDocs;
}

/** A hover on a finding leads with the finding; a hover on a keyword explains the keyword. */
export function computeHover({ position, findings, linker, dockerfile, docs }: HoverInput): Hover | null {
  const here = findings.filter((finding) => contains(finding.range, position));
  const sections = here.map((finding) => findingMarkdown(finding, linker));
  let range = here[0]?.range;
  if (dockerfile && docs) {
    const keyword = keywordAt(dockerfile, position);
    const doc = keyword && docs.instructions[keyword.name];
    if (keyword && doc) {
      sections.push(keywordMarkdown(keyword.name, doc, linker));
      range ??= keyword.range;
    }
  }
  if (sections.length === 0) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range };
}

function findingMarkdown(finding: RuleFinding, linker: QuestionLinker): string {
  const { rule } = finding;
  const parts = [`**${rule.id}** (${finding.severity}): ${finding.message}`, rule.docs.why];
  if (rule.docs.bad) parts.push(`Instead of:\n\n${codeBlock(rule.docs.bad, languageOf(rule.target))}`);
  if (rule.docs.good) parts.push(`Prefer:\n\n${codeBlock(rule.docs.good, languageOf(rule.target))}`);
  parts.push(questionLinks(rule.questions, linker));
  return parts.filter(Boolean).join('\n\n');
}

function keywordMarkdown(name: string, doc: KeywordDoc, linker: QuestionLinker): string {
  return [`**${escapeMarkdown(name)}**`, doc.summary, questionLinks(doc.questions ?? [], linker)].filter(Boolean).join('\n\n');
}

export function questionLinks(ids: readonly string[], linker: QuestionLinker): string {
  return ids
    .map((id) => {
      const label = escapeMarkdown(linker.label(id));
      const href = linker.href(id);
      return href ? `[${label}](${href})` : label;
    })
    .join(' · ');
}

function keywordAt(dockerfile: ParsedDockerfile, position: Position): { name: string; range: Range } | undefined {
  for (const instruction of dockerfile.instructions) {
    const range = instruction.getInstructionRange();
    if (contains(range, position)) return { name: instruction.getKeyword(), range };
    if (range.start.line > position.line) break;
  }
  return undefined;
}

function languageOf(target: string): string {
  return target === 'dockerfile' ? 'dockerfile' : 'yaml';
}

export function contains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}
