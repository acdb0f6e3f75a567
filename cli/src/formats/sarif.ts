import { pathToFileURL } from 'node:url';
import type { Question } from '../../../common/src/bank';
import { rules as allRules } from '../../../server/src/targets/index';
import type { Range } from 'vscode-languageserver-types';
import type { Rule, Severity } from '../../../server/src/engine/rule';
import { questionHeading, ruleMarkdown } from '../bank';
import { BAD_INPUT } from '../lintFiles';
import { markdownToPlainText } from '../plainText';
import { relatedPath, summarize, type RunReport } from '../report';
import { eligibleFix } from '../../../server/src/engine/fixAll';
import type { RuleFinding } from '../../../server/src/engine/lint';
import { upstreamDocsUri } from './upstreamDocs';

export interface ToolInfo {
  name: string;
  version: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule with its help (why, examples and the text of the
 * questions it cites), results with 1-based regions relative to `%SRCROOT%`, and the files we could
 * not analyse as tool notifications.
 */
export function formatSarif(report: RunReport, tool: ToolInfo, bank: ReadonlyMap<string, Question> | undefined): string {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  const results = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
      ruleId: finding.rule.id,
      ruleIndex: ruleIndex.get(finding.rule.id)!,
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      ...(fixKind(finding) && { properties: { fix: fixKind(finding) } }),
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(file.path), uriBaseId: '%SRCROOT%' },
            region: region(finding.range),
          },
        },
      ],
      ...(finding.related?.length
        ? {
            relatedLocations: finding.related.map((related, index) => ({
              id: index + 1,
              message: { text: related.message },
              physicalLocation: { artifactLocation: { uri: encodeURI(relatedPath(report.cwd, related.uri)), uriBaseId: '%SRCROOT%' }, region: region(related.range) },
            })),
          }
        : {}),
    })),
  );
  const notifications = report.problems
    .filter((problem) => BAD_INPUT.has(problem.kind))
    .map((problem) => ({
      level: 'warning',
      message: { text: `${problem.path} was not analysed: ${problem.message}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(problem.path), uriBaseId: '%SRCROOT%' } } }],
    }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: allRules.map((rule) => sarifRule(rule, bank)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(report.cwd).href.replace(/\/?$/, '/') } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        properties: { unsafeFixes: summarize(report).unsafeFixes },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** `helpUri` only where another tool documents the rule's alias: we have no pages of our own, and `help` carries the full text. */
function sarifRule(rule: Rule, bank: ReadonlyMap<string, Question> | undefined) {
  const markdown = ruleMarkdown(rule, bank);
  const helpUri = upstreamDocsUri(rule);
  const questions = rule.questions.map((id) => bank?.get(id)).filter((question) => question !== undefined);
  return {
    id: rule.id,
    name: toPascalCase(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: markdownToPlainText(rule.docs.why) },
    ...(helpUri && { helpUri }),
    help: { text: markdownToPlainText(markdown), markdown },
    defaultConfiguration: { level: LEVEL[rule.severity], ...(rule.enabledByDefault === false && { enabled: false }) },
    properties: {
      tags: [rule.target, ...rule.aliases],
      ...(rule.fixSafety && { fixSafety: rule.fixSafety }),
      questions: questions.map(questionHeading),
    },
  };
}

/** `safe` when `--fix` would apply the finding's fix, `unsafe` when only `--unsafe-fixes` would. */
function fixKind(finding: RuleFinding): 'safe' | 'unsafe' | undefined {
  return eligibleFix(finding) ? 'safe' : eligibleFix(finding, { unsafe: true }) ? 'unsafe' : undefined;
}

function toPascalCase(id: string): string {
  return id.split(/[/-]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

function region(range: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
