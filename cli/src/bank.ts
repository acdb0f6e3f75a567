import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankJson, Question } from '../../common/src/bank';
import { fixSafetyNote, hadolintDifferenceNote, offByDefaultNote, type Rule } from '../../server/src/engine/rule';

/** The question bank the build writes as `dist/bank.json`, beside the CLI bundle; undefined when missing. */
export function loadBank(dir: string): ReadonlyMap<string, Question> | undefined {
  const path = join(dir, 'bank.json');
  if (!existsSync(path)) return undefined;
  try {
    const bank = JSON.parse(readFileSync(path, 'utf8')) as BankJson;
    return new Map(bank.questions.map((question) => [question.id, question]));
  } catch {
    return undefined;
  }
}

export function questionHeading(question: Question): string {
  if (question.origin === 'container-coach') return `Container Coach's own question: ${question.title}`;
  return question.number === null ? question.title : `Q${question.number}: ${question.title}`;
}

/** The question's own words as one Markdown text: prompt, answer, sections, in-depth part, then our notes. */
export function questionMarkdown(question: Question): string {
  const parts: string[] = [];
  if (question.prompt) parts.push(question.prompt);
  if (question.shortAnswer) parts.push(question.shortAnswer);
  for (const section of question.sections) parts.push(`#### ${section.heading}\n\n${section.markdown}`);
  if (question.inDepth) parts.push(`#### In depth\n\n${question.inDepth}`);
  for (const note of question.notes) parts.push(`> **Container Coach note:** ${note.markdown.replace(/\n/g, '\n> ')}`);
  if (question.sources) parts.push(`*Written by Container Coach, not from the source documents.* Sources:\n\n${question.sources.map((source) => `- ${source}`).join('\n')}`);
  return parts.join('\n\n');
}

/** A rule's documentation as Markdown: summary, why, the bad and good examples, its first question in full, the others by title. */
export function ruleMarkdown(rule: Rule, bank: ReadonlyMap<string, Question> | undefined): string {
  const language = rule.target === 'dockerfile' ? 'dockerfile' : 'yaml';
  const parts = [`**${rule.summary}**`, rule.docs.why];
  const difference = hadolintDifferenceNote(rule.docs);
  if (difference) parts.push(difference);
  if (rule.docs.bad) parts.push(`Problem:\n\n${fence(rule.docs.bad, language)}`);
  if (rule.docs.good) parts.push(`Better:\n\n${fence(rule.docs.good, language)}`);
  if (rule.fixSafety) parts.push(fixSafetyNote(rule.fixSafety));
  if (rule.enabledByDefault === false) parts.push(offByDefaultNote(rule));
  const [first, ...others] = rule.questions.map((id) => bank?.get(id)).filter((question) => question !== undefined);
  if (first) parts.push(`### ${questionHeading(first)}\n\n${questionMarkdown(first)}`);
  if (others.length > 0) parts.push(`See also:\n\n${others.map((question) => `- ${questionHeading(question)}`).join('\n')}`);
  return parts.join('\n\n');
}

function fence(code: string, language: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language}\n${code}\n${marks}`;
}
