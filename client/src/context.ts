import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindingsTree } from './findingsTree';
import { QuestionStore } from './questionBank';
import { QuestionTree } from './questionTree';
import { QuestionView } from './questionView';

/** The extension's state: owns every disposable, opens questions, and knows where code should be inserted. */
export class Ctx implements vscode.Disposable {
  readonly subscriptions: vscode.Disposable[] = [];
  readonly output: vscode.LogOutputChannel;
  readonly store: QuestionStore;
  readonly tree: QuestionTree;
  readonly view: QuestionView;
  readonly findings: FindingsTree;
  client: BaseLanguageClient | undefined;
  private lastTextEditor: vscode.TextEditor | undefined;

  /** `assets` returns the text of a file of the extension (`dist/bank.json`): read from disk, or read ahead in the web. */
  constructor(
    readonly extension: vscode.ExtensionContext,
    private readonly assets: (relativePath: string) => string,
  ) {
    this.output = this.track(vscode.window.createOutputChannel('Container Coach', { log: true }));
    this.store = new QuestionStore(assets);
    this.tree = this.track(new QuestionTree(this.store));
    this.findings = this.track(new FindingsTree(this.store));
    this.view = this.track(new QuestionView(this.store, { textEditor: () => this.textEditor() }));
    this.lastTextEditor = usable(vscode.window.activeTextEditor);
    this.track(vscode.window.onDidChangeActiveTextEditor((editor) => (this.lastTextEditor = usable(editor) ?? this.lastTextEditor)));
    this.track(this.view.onDidShowQuestion((id) => void this.tree.reveal(id)));
  }

  track<T extends vscode.Disposable>(disposable: T): T {
    this.subscriptions.push(disposable);
    return disposable;
  }

  assetText(relativePath: string): string {
    return this.assets(relativePath);
  }

  /** Shows the question in the view and selects it in the tree. */
  openQuestion(id: string): void {
    this.view.showQuestion(id);
  }

  showRule(id: string): void {
    this.view.showRule(id);
  }

  /** The text editor the user was in last, shown again if its tab is in the background. */
  async textEditor(): Promise<vscode.TextEditor | undefined> {
    const last = this.lastTextEditor;
    if (last && !last.document.isClosed) {
      return vscode.window.visibleTextEditors.find((editor) => editor.document === last.document) ?? last;
    }
    return vscode.window.visibleTextEditors.find((editor) => usable(editor));
  }

  dispose(): void {
    for (const disposable of this.subscriptions.splice(0).reverse()) disposable.dispose();
  }
}

/** Editors of files and untitled documents, not of output channels and the like. */
function usable(editor: vscode.TextEditor | undefined): vscode.TextEditor | undefined {
  return editor && ['file', 'untitled', 'vscode-remote', 'vscode-userdata', 'vscode-vfs'].includes(editor.document.uri.scheme) ? editor : undefined;
}
