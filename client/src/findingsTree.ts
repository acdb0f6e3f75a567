import { basename } from 'node:path';
import * as vscode from 'vscode';
import { plainTitle } from '../../common/src/bank';
import { questionTag, type QuestionStore } from './questionBank';
import { countFindings, findingsByQuestion, type FindingLocation, type FindingsNode } from './findingsTreeModel';

export const FINDINGS_VIEW = 'containerCoach.findings';
const SOURCE = 'container-coach';
/** Diagnostics change in bursts while the workspace is indexed: the view and the count follow once a burst ends. */
const SETTLE_MS = 300;

/**
 * The Findings by Question view and the status-bar count. Reads the findings from the editor's own
 * diagnostics (`vscode.languages.getDiagnostics`), so it shows exactly what the Problems panel shows,
 * pulled or pushed, whatever `containerCoach.scope` says, and needs nothing more from the server.
 */
export class FindingsTree implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<FindingsNode>;
  private readonly status: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private findings = new Map<string, FindingLocation[]>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: QuestionStore) {
    this.view = vscode.window.createTreeView(FINDINGS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.status = vscode.window.createStatusBarItem('containerCoach.findings', vscode.StatusBarAlignment.Left, 10);
    this.status.name = 'Container Coach Findings';
    this.status.command = `${FINDINGS_VIEW}.focus`;
    this.disposables.push(this.view, this.status, this.changed, vscode.languages.onDidChangeDiagnostics(() => this.schedule()));
    this.update();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), SETTLE_MS);
  }

  private update(): void {
    this.findings = ourFindings();
    const count = countFindings(this.findings);
    this.status.text = `$(mortar-board) ${count}`;
    this.status.tooltip = `Container Coach: ${count} ${count === 1 ? 'finding' : 'findings'} in this workspace. Show them by question.`;
    this.status.accessibilityInformation = { label: `Container Coach: ${count} findings` };
    this.status.show();
    this.view.message = count === 0 ? 'No findings in this workspace.' : undefined;
    this.view.badge = count === 0 ? undefined : { value: count, tooltip: `${count} findings` };
    this.changed.fire(undefined);
  }

  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!node) return this.findings.size === 0 ? [] : findingsByQuestion(this.findings, this.store.bank, this.store.rules);
    if (node.kind === 'question') return node.rules;
    if (node.kind === 'rule') return node.locations;
    return [];
  }

  getParent(node: FindingsNode): FindingsNode | undefined {
    return node.kind === 'question' ? undefined : node.parent;
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'question': {
        const title = plainTitle(node.question.title);
        const item = new vscode.TreeItem(title, collapsed);
        item.id = node.key;
        item.description = `${count(node.count)} · ${questionTag(node.question)}`;
        item.tooltip = `${questionTag(node.question)}: ${title}\n${count(node.count)} in this workspace`;
        item.iconPath = new vscode.ThemeIcon('mortar-board');
        item.contextValue = 'question';
        item.command = { title: 'Open Question', command: 'containerCoach.openQuestion', arguments: [node.question.id] };
        item.accessibilityInformation = { label: `${title}: ${count(node.count)}` };
        return item;
      }
      case 'rule': {
        const item = new vscode.TreeItem(node.rule.id, collapsed);
        item.id = node.key;
        item.description = `${node.locations.length} · ${node.rule.summary}`;
        item.iconPath = new vscode.ThemeIcon('symbol-ruler');
        item.contextValue = 'rule';
        return item;
      }
      case 'location': {
        const { location } = node;
        const uri = vscode.Uri.parse(location.uri);
        const item = new vscode.TreeItem(`${basename(uri.path)}:${location.line + 1}`, vscode.TreeItemCollapsibleState.None);
        item.id = node.key;
        item.description = location.message;
        item.tooltip = `${vscode.workspace.asRelativePath(uri)}:${location.line + 1}\n${location.message}`;
        item.resourceUri = uri;
        const position = new vscode.Position(location.line, location.character);
        item.command = { title: 'Open Location', command: 'vscode.open', arguments: [uri, { selection: new vscode.Range(position, position) }] };
        return item;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'finding' : 'findings'}`;
}

/** Our diagnostics in every file, by rule id. */
function ourFindings(): Map<string, FindingLocation[]> {
  const byRule = new Map<string, FindingLocation[]>();
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (diagnostic.source !== SOURCE || typeof code !== 'string') continue;
      const list = byRule.get(code) ?? [];
      list.push({ uri: uri.toString(), line: diagnostic.range.start.line, character: diagnostic.range.start.character, message: diagnostic.message });
      byRule.set(code, list);
    }
  }
  return byRule;
}
