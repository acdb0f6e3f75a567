import assert from 'node:assert/strict';
import { QuestionBank } from '../../../common/src/bank';
import { RuleCatalog, type RuleInfo } from '../../../common/src/ruleCatalog';
import { countFindings, findingsByQuestion, type FindingLocation } from '../../../client/src/findingsTreeModel';
import { contentBank } from '../questions/seedFixtures';

const bank = QuestionBank.fromJson(contentBank());

function rule(id: string, questions: string[]): RuleInfo {
  return { id, target: 'compose', severity: 'warning', aliases: [], summary: id, questions, docs: { why: id }, html: { summary: id, why: id } };
}

const rules = new RuleCatalog([
  rule('compose/no-missing-build-path', ['cc-cross-file-references']),
  rule('kubernetes/no-service-without-workload', ['cc-cross-file-references']),
  rule('dockerfile/prefer-exec-form', ['q288', 'cc-cross-file-references']),
  rule('dockerfile/unseen', ['q288']),
]);

const at = (uri: string, line: number, character = 0): FindingLocation => ({ uri, line, character, message: `at ${line}` });

describe('findings by question', () => {
  const findings = new Map<string, FindingLocation[]>([
    ['compose/no-missing-build-path', [at('file:///w/compose.yaml', 4)]],
    ['kubernetes/no-service-without-workload', [at('file:///w/k8s/service.yaml', 5, 2)]],
    ['dockerfile/prefer-exec-form', [at('file:///w/b/Dockerfile', 9), at('file:///w/a/Dockerfile', 3), at('file:///w/a/Dockerfile', 1)]],
    ['dockerfile/not-in-the-catalog', [at('file:///w/Dockerfile', 0)]],
  ]);

  it('ranks the questions by the findings they explain, a finding counting under every question its rule cites', () => {
    const nodes = findingsByQuestion(findings, bank, rules);
    assert.deepEqual(nodes.map((node) => [node.question.id, node.count]), [['cc-cross-file-references', 5], ['q288', 3]]);
  });

  it('expands a question into its rules (most findings first) and each rule into its locations in file order', () => {
    const [cross] = findingsByQuestion(findings, bank, rules);
    assert.deepEqual(cross!.rules.map((node) => [node.rule.id, node.locations.length]), [
      ['dockerfile/prefer-exec-form', 3],
      ['compose/no-missing-build-path', 1],
      ['kubernetes/no-service-without-workload', 1],
    ]);
    assert.deepEqual(cross!.rules[0]!.locations.map((node) => `${node.location.uri}:${node.location.line}`), ['file:///w/a/Dockerfile:1', 'file:///w/a/Dockerfile:3', 'file:///w/b/Dockerfile:9']);
    for (const ruleNode of cross!.rules) {
      assert.equal(ruleNode.parent, cross);
      for (const location of ruleNode.locations) assert.equal(location.parent, ruleNode);
    }
  });

  it('leaves out questions no finding explains and rules without findings', () => {
    const nodes = findingsByQuestion(findings, bank, rules);
    const q288 = nodes.find((node) => node.question.id === 'q288')!;
    assert.deepEqual(q288.rules.map((node) => node.rule.id), ['dockerfile/prefer-exec-form']);
    assert.deepEqual(findingsByQuestion(new Map(), bank, rules), []);
  });

  it('counts each finding once for the status bar', () => {
    assert.equal(countFindings(findings), 6);
  });
});
