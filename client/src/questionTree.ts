import * as vscode from 'vscode';
import { questionTag, type QuestionStore } from './questionBank';
import { QuestionTreeModel, tooltipMarkdown, type TreeNode } from './questionTreeModel';

const QUESTIONS_VIEW = 'containerCoach.questions';
const FILTERED_CONTEXT_KEY = 'containerCoach.questionsFiltered';

const severityIcons: Record<string, vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};

/** The Questions view: topics → questions → the rules that cite them. Reads the bank when first shown. */
export class QuestionTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private loadedModel: QuestionTreeModel | undefined;
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable[] = [];
  /** A question to reveal once the view is visible. */
  private pendingReveal: string | undefined;

  constructor(private readonly store: QuestionStore) {
    this.view = vscode.window.createTreeView(QUESTIONS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility(({ visible }) => {
        if (visible && this.pendingReveal) void this.reveal(this.pendingReveal);
      }),
    );
  }

  private get model(): QuestionTreeModel {
    this.loadedModel ??= new QuestionTreeModel(this.store.bank, this.store.rules);
    return this.loadedModel;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.children(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parent(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const filtered = this.model.filter !== undefined;
    switch (node.kind) {
      case 'topic': {
        const shown = this.model.children(node).length;
        // A different id while filtered, so topics open up to show what matched and close again after.
        const item = new vscode.TreeItem(node.topic, filtered ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = filtered ? `${node.key}?filtered` : node.key;
        item.description = filtered ? `${shown} of ${node.questions.length}` : String(node.questions.length);
        item.contextValue = 'topic';
        return item;
      }
      case 'question': {
        const { question } = node;
        const item = new vscode.TreeItem(question.title, node.rules.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = node.key;
        item.description = questionTag(question);
        const tooltip = new vscode.MarkdownString(`**${questionTag(question)}**\n\n`);
        tooltip.appendText(question.title);
        tooltip.appendMarkdown(`\n\n---\n\n${tooltipMarkdown(question)}`);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon(question.status === 'open' ? 'comment-discussion' : 'question');
        item.contextValue = 'question';
        item.command = { title: 'Open Question', command: 'containerCoach.openQuestion', arguments: [question.id] };
        item.accessibilityInformation = { label: `${questionTag(question)}: ${question.title}` };
        return item;
      }
      case 'rule': {
        const { rule } = node;
        const item = new vscode.TreeItem(rule.id, vscode.TreeItemCollapsibleState.None);
        item.id = node.key;
        item.description = rule.summary;
        item.tooltip = new vscode.MarkdownString().appendMarkdown(`**`).appendText(rule.id).appendMarkdown(`** (${rule.severity})\n\n${rule.summary}`);
        item.iconPath = severityIcons[rule.severity];
        item.contextValue = 'rule';
        item.command = { title: 'Show Rule', command: 'containerCoach.showRule', arguments: [rule.id] };
        return item;
      }
    }
  }

  /** Selects the question in the tree; when the view is hidden, waits until it is shown rather than opening the side bar. */
  async reveal(questionId: string): Promise<void> {
    if (!this.view.visible) {
      this.pendingReveal = questionId;
      return;
    }
    this.pendingReveal = undefined;
    if (!this.model.isShown(questionId)) this.setFilter(undefined);
    const node = this.model.questionNode(questionId);
    if (node) await this.view.reveal(node, { select: true, focus: false, expand: false });
  }

  get filter(): string | undefined {
    return this.loadedModel?.filter;
  }

  setFilter(text: string | undefined): void {
    const count = this.model.setFilter(text);
    const filter = this.model.filter;
    this.view.description = filter === undefined ? undefined : `“${filter}”`;
    this.view.message = filter === undefined ? undefined : `${count} of ${this.store.bank.all().length} questions match “${filter}”.`;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT_KEY, filter !== undefined);
    this.changed.fire(undefined);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
