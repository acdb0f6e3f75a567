/**
 * Writes what the client needs to know about the rules: `node --import tsx scripts/buildRules.ts [outFile]`
 * (default `dist/rules.json`). Generated from the rule registry, so every new rule is listed without an edit here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rules } from '../server/src/targets/index';
import type { RuleInfo, RulesJson } from '../common/src/ruleCatalog';
import { fixSafetyNote, offByDefaultNote, type Rule } from '../server/src/engine/rule';
import { renderMarkdown } from './bank/renderQuestionHtml';
import { endOfLifeImages, endOfLifeTableDate } from '../server/src/targets/eolImages';

const exampleLanguage: Record<Rule['target'], string> = { dockerfile: 'dockerfile', compose: 'yaml', kubernetes: 'yaml' };

export function ruleInfo(rule: Rule): RuleInfo {
  const example = (code: string | undefined) => (code === undefined ? undefined : renderMarkdown(fence(code, exampleLanguage[rule.target])));
  const { why, bad, good, differsFromHadolint } = rule.docs;
  return {
    id: rule.id,
    target: rule.target,
    severity: rule.severity,
    aliases: [...rule.aliases],
    summary: rule.summary,
    questions: [...rule.questions],
    docs: { why, ...(bad !== undefined && { bad }), ...(good !== undefined && { good }), ...(differsFromHadolint !== undefined && { differsFromHadolint }) },
    ...(rule.fixSafety && { fixSafety: rule.fixSafety }),
    ...(rule.enabledByDefault === false && { enabledByDefault: false as const }),
    html: {
      summary: renderMarkdown(rule.summary),
      why: renderMarkdown(why),
      ...(differsFromHadolint !== undefined && { differsFromHadolint: renderMarkdown(differsFromHadolint) }),
      ...(bad !== undefined && { bad: example(bad) }),
      ...(good !== undefined && { good: example(good) }),
      ...(rule.fixSafety && { fix: renderMarkdown(fixSafetyNote(rule.fixSafety)) }),
      ...(rule.enabledByDefault === false && { offByDefault: renderMarkdown(offByDefaultNote(rule)) }),
    },
  };
}

/** A fenced block longer than any backtick run inside the code. */
function fence(code: string, language: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const marker = '`'.repeat(longest + 1);
  return `${marker}${language}\n${code}\n${marker}\n`;
}

/** What the build says about content/eol-images.json, so that an old table gets noticed and refreshed. */
export function endOfLifeTableLine(): string {
  return `End-of-life image table: ${endOfLifeImages.length} versions, checked ${endOfLifeTableDate} (content/eol-images.json; refresh it when this date is old)`;
}

export function rulesJson(): RulesJson {
  return { formatVersion: 1, rules: rules.map(ruleInfo) };
}

if (require.main === module) {
  const outFile = resolve(process.argv[2] ?? resolve(__dirname, '..', 'dist', 'rules.json'));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(rulesJson()));
  console.log(`Rules: ${rules.length} -> ${outFile}`);
  console.log(`${endOfLifeTableLine()}`);
}
