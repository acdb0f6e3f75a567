import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { DocumentKind } from '../../server/src/targets/kind';
import { type RuleFinding } from '../../server/src/engine/lint';
import { rulesById } from '../../server/src/targets/index';
import { defineDockerfileRule, type DockerfileContext, type Finding, type TargetRule, type WorkspaceFacts } from '../../server/src/engine/rule';
import { targetsByName } from '../../server/src/targets/index';

/** A finding as a test states it: the line (1-based) and the exact text under its range. */
export interface ExpectedFinding {
  line: number;
  text: string;
  /**
   * The fixed file for each fix the finding offers, in order: one string for a single fix, an array when it
   * offers several. Omitted or null: the finding offers no fix.
   */
  output?: string | readonly string[] | null;
  message?: RegExp;
}

/** A text with the workspace facts the server would gather around it (`.dockerignore`, …). */
export interface CodeWithWorkspace {
  code: string;
  workspace?: WorkspaceFacts;
}

export interface RuleCases {
  valid: (string | CodeWithWorkspace)[];
  invalid: { code: string; workspace?: WorkspaceFacts; errors: ExpectedFinding[] }[];
}

/** The day rule tables are judged on, so that a date-bound rule (end-of-life images) gives the same answer every day. */
export const TEST_TODAY = new Date('2026-12-01T12:00:00Z');

const KIND_BY_TARGET: Record<string, DocumentKind> = { dockerfile: 'dockerfile', compose: 'compose', kubernetes: 'kubernetes' };

export function findingsOf(ruleId: string, code: string, workspace?: WorkspaceFacts): { document: TextDocument; findings: RuleFinding[] } {
  const rule = rulesById.get(ruleId);
  assert.ok(rule, `unknown rule ${ruleId}`);
  const document = TextDocument.create(`file:///test/${rule.target === 'dockerfile' ? 'Dockerfile' : 'test.yaml'}`, rule.target, 1, code);
  // The rule under test runs even when it is off by default.
  const { result } = targetsByName[KIND_BY_TARGET[rule.target]].analyse(document, { maxFileSize: 1 << 30, severities: { [ruleId]: 'on' }, today: () => TEST_TODAY, ...(workspace ? { workspace } : {}) });
  assert.deepEqual(result.failures, []);
  return { document, findings: result.findings.filter((finding) => finding.rule.id === ruleId) };
}

export function applyEdits(document: TextDocument, edits: { range: Range; newText: string }[]): string {
  return TextDocument.applyEdits(document, edits);
}

/** ESLint-style table test: every valid text yields nothing, every invalid one exactly the findings listed. */
export function testRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    for (const valid of cases.valid) {
      const { code, workspace } = typeof valid === 'string' ? { code: valid, workspace: undefined } : valid;
      it(`does not catch ${JSON.stringify(code)}${workspace ? ` with ${JSON.stringify(workspace)}` : ''}`, () => {
        assert.deepEqual(findingsOf(ruleId, code, workspace).findings.map((f) => f.message), []);
      });
    }
    for (const { code, workspace, errors } of cases.invalid) {
      it(`catches ${JSON.stringify(code)}${workspace ? ` with ${JSON.stringify(workspace)}` : ''}`, () => {
        const { document, findings } = findingsOf(ruleId, code, workspace);
        assert.deepEqual(
          findings.map((finding) => ({ line: finding.range.start.line + 1, text: document.getText(finding.range) })),
          errors.map(({ line, text }) => ({ line, text })),
        );
        errors.forEach((expected, index) => {
          const finding = findings[index];
          if (expected.message) assert.match(finding.message, expected.message);
          const outputs = (finding.fixes ?? []).map((fix) => applyEdits(document, fix.edits));
          const stated = expected.output === undefined || expected.output === null ? [] : typeof expected.output === 'string' ? [expected.output] : expected.output;
          assert.deepEqual(outputs, stated, `the fixes of the finding on line ${expected.line}, each as the fixed file`);
        });
      });
    }
  });
}

/** A Dockerfile rule made up for a test of the engine: the metadata every rule needs, and `check`. */
export function testDockerfileRule(id: string, check: () => Iterable<Finding>, fixSafety?: 'safe' | 'unsafe'): TargetRule<DockerfileContext> {
  return defineDockerfileRule({ id, aliases: [], severity: 'warning', questions: [], subject: [], summary: 's', docs: { why: 'w' }, ...(fixSafety && { fixSafety }), check });
}
