import assert from 'node:assert/strict';
import * as vscode from 'vscode';

const questionLink = `command:containerCoach.openQuestion?${encodeURIComponent('["q288"]')}`;

function dockerfileUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the examples folder is open');
  return vscode.Uri.joinPath(folder.uri, 'node-app', 'Dockerfile');
}

function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'container-coach');
}

/** Resolves once our diagnostics for `uri` satisfy `accept`. */
function diagnosticsWhere(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const diagnostics = ourDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      listener.dispose();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics(check);
    check();
  });
}

function hoverMarkdown(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

describe('Container Coach in desktop VS Code', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(dockerfileUri());
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reports the shell-form CMD with its code, range and question link', async () => {
    const [diagnostic] = await diagnosticsWhere(document.uri, (diagnostics) => diagnostics.length > 0);
    assert.ok(typeof diagnostic.code === 'object');
    assert.equal(diagnostic.code.value, 'dockerfile/prefer-exec-form');
    assert.equal(diagnostic.code.target.toString(true), questionLink);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(document.getText(diagnostic.range), 'node server.js');
  });

  it('explains CMD on hover and leads with the finding on the arguments', async () => {
    const line = document.lineAt(document.lineCount - 1).text.startsWith('CMD') ? document.lineCount - 1 : document.lineCount - 2;
    const keyword = hoverMarkdown(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 1)));
    assert.match(keyword, /\*\*CMD\*\*/);
    assert.ok(keyword.includes(questionLink));
    const finding = hoverMarkdown(await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 6)));
    assert.match(finding, /dockerfile\/prefer-exec-form/);
  });

  it('fixes the CMD to exec form', async () => {
    const [diagnostic] = ourDiagnostics(document.uri);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const fix = actions.find((action) => action.title === 'Rewrite CMD in exec form');
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /^CMD \["node", "server.js"\]$/m);
    await diagnosticsWhere(document.uri, (diagnostics) => diagnostics.length === 0);
  });

  it('opens question 288 inside the editor', async () => {
    await vscode.commands.executeCommand('containerCoach.openQuestion', 'q288');
    const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs);
    const question = tabs.find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('containerCoach.question'));
    assert.ok(question, 'a question tab is open');
    assert.equal(question.label, 'Q288');
  });
});
