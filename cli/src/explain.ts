import type { Question } from '../../common/src/bank';
import { rules } from '../../server/src/targets/index';
import { fixSafetyNote, hadolintDifferenceNote, offByDefaultNote, type Rule } from '../../server/src/engine/rule';
import { ruleMatches } from '../../server/src/suppressions/suppressions';
import { UsageError } from './args';
import { questionHeading, questionMarkdown } from './bank';
import { markdownToPlainText } from './plainText';

/** `--explain`: a rule (id, short id or alias) with the questions it cites, or one question (`q288`, `288`). */
export function explain(name: string, bank: ReadonlyMap<string, Question> | undefined): string {
  const rule = rules.find((candidate) => ruleMatches(candidate, name) && name.toLowerCase() !== 'all');
  if (rule) return explainRule(rule, bank);
  const questionId = /^q?\d+$/i.test(name) ? `q${name.replace(/^q/i, '')}` : name.toLowerCase();
  const question = bank?.get(questionId);
  if (question) return explainQuestion(question);
  if (!bank && /^q?\d+$/i.test(name)) throw new UsageError(`The question bank (bank.json beside the CLI) is missing; run \`npm run build\`.`);
  throw new UsageError(`Nothing to explain for \`${name}\`: give a rule id (such as dockerfile/prefer-exec-form), one of its aliases, or a question id (such as q288).`);
}

function explainRule(rule: Rule, bank: ReadonlyMap<string, Question> | undefined): string {
  const also = rule.aliases.length > 0 ? ` (also ${rule.aliases.join(', ')})` : '';
  const parts = [`${rule.id}: ${rule.severity}${also}`, rule.summary, markdownToPlainText(rule.docs.why)];
  const difference = hadolintDifferenceNote(rule.docs);
  if (difference) parts.push(markdownToPlainText(difference));
  if (rule.docs.bad) parts.push(`Problem:\n${indent(rule.docs.bad)}`);
  if (rule.docs.good) parts.push(`Better:\n${indent(rule.docs.good)}`);
  if (rule.fixSafety) parts.push(markdownToPlainText(fixSafetyNote(rule.fixSafety)));
  if (rule.enabledByDefault === false) parts.push(markdownToPlainText(offByDefaultNote(rule)));
  const [first, ...others] = rule.questions;
  const question = first === undefined ? undefined : bank?.get(first);
  if (first !== undefined) parts.push(question ? explainQuestion(question).trimEnd() : `Question ${first}: not in the bank (bank.json beside the CLI is missing).`);
  if (others.length > 0) parts.push(`See also: ${others.map((id) => `--explain ${id}`).join(', ')}`);
  return `${parts.join('\n\n')}\n`;
}

function explainQuestion(question: Question): string {
  const heading = questionHeading(question);
  const citing = rules.filter((rule) => rule.questions.includes(question.id)).map((rule) => rule.id);
  const footer = citing.length > 0 ? `\n\n${markdownToPlainText(`Rules citing it: ${citing.join(', ')}`)}` : '';
  return `${heading}\n${'='.repeat(Math.min(heading.length, 100))}\n\n${markdownToPlainText(questionMarkdown(question))}${footer}\n`;
}

function indent(code: string): string {
  return code.split('\n').map((line) => `    ${line}`).join('\n');
}
