import * as vscode from 'vscode';
import { History } from './history';
import { questionLabel, questionTag, type QuestionStore } from './questionBank';
import { parseViewMessage, renderQuestionPage, renderRulePage, type ViewMessage } from './questionPage';

type Entry = { kind: 'question' | 'rule'; id: string };

/** Where "Insert at cursor" goes: the text editor the user was in last. */
export interface InsertTarget {
  textEditor(): Promise<vscode.TextEditor | undefined>;
}

/** One webview panel, reused for every question and rule explanation opened, with back/forward history. */
export class QuestionView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private history = newHistory();
  private readonly questionShown = new vscode.EventEmitter<string>();
  /** Fires with the id of each question the view shows, however it got there. */
  readonly onDidShowQuestion = this.questionShown.event;

  constructor(
    private readonly store: QuestionStore,
    private readonly insertTarget: InsertTarget,
  ) {}

  showQuestion(id: string): boolean {
    if (!this.store.bank.get(id)) {
      void vscode.window.showWarningMessage(`Container Coach has no question ${id}.`);
      return false;
    }
    this.navigate({ kind: 'question', id });
    return true;
  }

  showRule(id: string): boolean {
    if (!this.store.rules.get(id)) {
      void vscode.window.showWarningMessage(`Container Coach has no rule ${id}.`);
      return false;
    }
    this.navigate({ kind: 'rule', id });
    return true;
  }

  /** What the view shows, for tests and commands; undefined when it is closed. */
  get current(): Entry | undefined {
    return this.panel ? this.history.current : undefined;
  }

  dispose(): void {
    this.panel?.dispose();
    this.questionShown.dispose();
  }

  private navigate(entry: Entry): void {
    this.history.push(entry);
    this.render();
  }

  private render(): void {
    const entry = this.history.current;
    if (!entry) return;
    const panel = this.ensurePanel();
    const navigation = { canGoBack: this.history.canGoBack, canGoForward: this.history.canGoForward };
    const nonce = newNonce();
    const { bank, rules } = this.store;
    const link = (id: string) => {
      const question = bank.get(id);
      return question && { id, label: questionLabel(question) };
    };
    if (entry.kind === 'question') {
      const question = bank.get(entry.id)!;
      const related = question.related.map(link).filter((item) => item !== undefined);
      panel.title = questionTag(question);
      panel.webview.html = renderQuestionPage({ question, rules: rules.citing(question.id), related }, navigation, nonce);
      this.questionShown.fire(question.id);
    } else {
      const rule = rules.get(entry.id)!;
      panel.title = rule.id;
      panel.webview.html = renderRulePage({ rule, questions: rule.questions.map(link).filter((item) => item !== undefined) }, navigation, nonce);
    }
    if (!panel.visible) panel.reveal(undefined, true);
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      'containerCoach.question',
      'Container Coach',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.history = newHistory();
    });
    panel.webview.onDidReceiveMessage((data: unknown) => {
      const message = parseViewMessage(data, {
        hasQuestion: (id) => this.store.bank.get(id) !== undefined,
        hasRule: (id) => this.store.rules.get(id) !== undefined,
        codeBlockCount: (id) => this.store.bank.get(id)?.codeBlocks.length ?? 0,
      });
      if (message) void this.handle(message);
    });
    this.panel = panel;
    return panel;
  }

  private async handle(message: ViewMessage): Promise<void> {
    switch (message.type) {
      case 'back':
        if (this.history.canGoBack) {
          this.history.back();
          this.render();
        }
        return;
      case 'forward':
        if (this.history.canGoForward) {
          this.history.forward();
          this.render();
        }
        return;
      case 'openQuestion':
        this.navigate({ kind: 'question', id: message.id });
        return;
      case 'openRule':
        this.navigate({ kind: 'rule', id: message.id });
        return;
      case 'copyCode':
        await vscode.env.clipboard.writeText(this.code(message.questionId, message.index));
        this.status('Copied to the clipboard.');
        return;
      case 'insertCode':
        await this.insert(this.code(message.questionId, message.index));
        return;
    }
  }

  private code(questionId: string, index: number): string {
    return this.store.bank.get(questionId)!.codeBlocks[index]!.code;
  }

  /** Inserts as a snippet whose text is all escaped, so the editor indents it like the line it lands on. */
  private async insert(code: string): Promise<void> {
    const editor = await this.insertTarget.textEditor();
    if (!editor) {
      this.status('Open a file first: the code goes where its cursor is.');
      return;
    }
    const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    const inserted = await shown.insertSnippet(new vscode.SnippetString().appendText(code));
    this.status(inserted ? `Inserted into ${shown.document.uri.path.split('/').pop()}.` : 'The editor did not accept the code.');
  }

  private status(text: string): void {
    void this.panel?.webview.postMessage({ type: 'status', text });
  }
}

function newHistory(): History<Entry> {
  return new History<Entry>((a, b) => a.kind === b.kind && a.id === b.id);
}

/** 16 random bytes in base64, for the page's Content-Security-Policy; `crypto` is global in Node 20 and in browsers. */
function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
