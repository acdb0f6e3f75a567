import type { Question, QuestionBank } from '../../common/src/bank';
import type { RuleCatalog, RuleInfo } from '../../common/src/ruleCatalog';

/** One of our findings, as the editor holds it: where it is and which rule found it. */
export interface FindingLocation {
  uri: string;
  /** Zero-based, as in the LSP and the VS Code API. */
  line: number;
  character: number;
  message: string;
}

export interface FindingsQuestionNode {
  kind: 'question';
  key: string;
  question: Question;
  /** The findings of every rule below, counted once each. */
  count: number;
  rules: FindingsRuleNode[];
}

export interface FindingsRuleNode {
  kind: 'rule';
  key: string;
  rule: RuleInfo;
  parent: FindingsQuestionNode;
  locations: FindingsLocationNode[];
}

export interface FindingsLocationNode {
  kind: 'location';
  key: string;
  location: FindingLocation;
  parent: FindingsRuleNode;
}

export type FindingsNode = FindingsQuestionNode | FindingsRuleNode | FindingsLocationNode;

/**
 * Questions → rules → locations: the questions of the bank ranked by how many findings of the workspace
 * they explain (a finding explains every question its rule cites), most first, then in bank order.
 */
export function findingsByQuestion(findings: ReadonlyMap<string, readonly FindingLocation[]>, bank: QuestionBank, rules: RuleCatalog): FindingsQuestionNode[] {
  const nodes: FindingsQuestionNode[] = [];
  for (const question of bank.all()) {
    const node: FindingsQuestionNode = { kind: 'question', key: question.id, question, count: 0, rules: [] };
    for (const rule of rules.citing(question.id)) {
      const found = findings.get(rule.id);
      if (!found?.length) continue;
      const ruleNode: FindingsRuleNode = { kind: 'rule', key: `${question.id}/${rule.id}`, rule, parent: node, locations: [] };
      ruleNode.locations = [...found].sort(byPlace).map((location) => ({
        kind: 'location',
        key: `${ruleNode.key}@${location.uri}:${location.line}:${location.character}`,
        location,
        parent: ruleNode,
      }));
      node.rules.push(ruleNode);
      node.count += found.length;
    }
    if (node.count > 0) nodes.push(node);
  }
  for (const node of nodes) node.rules.sort((a, b) => b.locations.length - a.locations.length || a.rule.id.localeCompare(b.rule.id));
  return nodes.sort((a, b) => b.count - a.count);
}

/** The count of distinct findings (a finding under two questions counts once). */
export function countFindings(findings: ReadonlyMap<string, readonly FindingLocation[]>): number {
  let count = 0;
  for (const list of findings.values()) count += list.length;
  return count;
}

function byPlace(a: FindingLocation, b: FindingLocation): number {
  return a.uri.localeCompare(b.uri) || a.line - b.line || a.character - b.character;
}
