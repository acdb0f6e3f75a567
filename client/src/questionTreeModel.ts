import type { Question, QuestionBank } from '../../common/src/bank';
import type { RuleCatalog, RuleInfo } from '../../common/src/ruleCatalog';

export interface TopicNode {
  kind: 'topic';
  key: string;
  topic: string;
  questions: QuestionNode[];
}

export interface QuestionNode {
  kind: 'question';
  key: string;
  question: Question;
  parent: TopicNode;
  rules: RuleNode[];
}

export interface RuleNode {
  kind: 'rule';
  key: string;
  rule: RuleInfo;
  parent: QuestionNode;
}

export type TreeNode = TopicNode | QuestionNode | RuleNode;

/**
 * Topics → questions → the rules that cite each question. Nodes are built once and never copied, because
 * `TreeView.reveal` finds an element by identity; a filter only hides some of them.
 */
export class QuestionTreeModel {
  private readonly topics: TopicNode[];
  private readonly byQuestion = new Map<string, QuestionNode>();
  private filterText: string | undefined;
  private shown: ReadonlySet<string> | undefined;

  constructor(
    private readonly bank: QuestionBank,
    rules: RuleCatalog,
  ) {
    this.topics = bank.topics().map(({ topic, questions }) => {
      const topicNode: TopicNode = { kind: 'topic', key: `topic:${topic}`, topic, questions: [] };
      for (const question of questions) {
        const questionNode: QuestionNode = { kind: 'question', key: `question:${question.id}`, question, parent: topicNode, rules: [] };
        questionNode.rules = rules
          .citing(question.id)
          .map((rule) => ({ kind: 'rule', key: `rule:${question.id}:${rule.id}`, rule, parent: questionNode }));
        topicNode.questions.push(questionNode);
        this.byQuestion.set(question.id, questionNode);
      }
      return topicNode;
    });
  }

  /** The words the tree is filtered by, or undefined when it shows everything. */
  get filter(): string | undefined {
    return this.filterText;
  }

  /** Keeps the questions `QuestionBank.search` finds for `text`; blank text shows everything. Returns how many are shown. */
  setFilter(text: string | undefined): number {
    const trimmed = text?.trim();
    if (!trimmed) {
      this.filterText = undefined;
      this.shown = undefined;
      return this.byQuestion.size;
    }
    this.filterText = trimmed;
    this.shown = new Set(this.bank.search(trimmed).map((match) => match.question.id));
    return this.shown.size;
  }

  isShown(questionId: string): boolean {
    return this.byQuestion.has(questionId) && (this.shown === undefined || this.shown.has(questionId));
  }

  children(node?: TreeNode): TreeNode[] {
    if (!node) return this.topics.filter((topic) => topic.questions.some((entry) => this.isShown(entry.question.id)));
    if (node.kind === 'topic') return node.questions.filter((entry) => this.isShown(entry.question.id));
    if (node.kind === 'question') return node.rules;
    return [];
  }

  parent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'topic' ? undefined : node.parent;
  }

  questionNode(id: string): QuestionNode | undefined {
    return this.byQuestion.get(id);
  }
}

export const openQuestionTooltip = '*An open question: the source document asks it without answering it.*';

/** The tooltip of a question: its short answer (or the open question's prompt), cut at a paragraph near `limit` characters. */
export function tooltipMarkdown(question: Question, limit = 700): string {
  const body = question.shortAnswer ?? question.prompt ?? question.sections[0]?.markdown ?? (question.status === 'open' ? openQuestionTooltip : '');
  let text = body;
  if (text.length > limit) {
    const cut = text.lastIndexOf('\n\n', limit);
    text = `${text.slice(0, cut > limit / 3 ? cut : limit).trimEnd()} …`;
  }
  // Shown as untrusted Markdown without HTML; images are turned into text so a tooltip never loads anything.
  return text.replace(/!\[/g, '\\![');
}
