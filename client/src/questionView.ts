import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { QuestionRecord, QuestionStore } from './questionBank';

/** One webview panel that shows a question of the bank, reused for every question opened. */
export class QuestionView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly store: QuestionStore) {}

  show(id: string): void {
    const question = this.store.get(id);
    if (!question) {
      void vscode.window.showWarningMessage(`Container Coach has no question ${id}.`);
      return;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('containerCoach.question', '', vscode.ViewColumn.Beside, {
        enableScripts: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = `Q${question.number}`;
    this.panel.webview.html = renderQuestionPage(question);
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function renderQuestionPage(question: QuestionRecord): string {
  const nonce = randomBytes(16).toString('base64');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); line-height: 1.5; padding: 0 1.2em 2em; }
  pre { background: var(--vscode-textCodeBlock-background); padding: 0.8em; overflow-x: auto; }
  code { font-family: var(--vscode-editor-font-family); }
  table { border-collapse: collapse; } th, td { border: 1px solid var(--vscode-panel-border); padding: 0.2em 0.6em; }
</style>
<title>Q${question.number}</title>
</head>
<body>
<h1>Q${question.number}. ${escapeHtml(question.title)}</h1>
${question.html}
</body>
</html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
