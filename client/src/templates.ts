import * as vscode from 'vscode';
import { snippetsOf, type Snippet, type SnippetFiles, type SnippetGroup } from '../../common/src/snippets';

export const NEW_FROM_TEMPLATE_COMMAND = 'containerCoach.newFromTemplate';

const GROUP_LABELS: Record<SnippetGroup, string> = {
  dockerfile: 'Dockerfile',
  dockerignore: '.dockerignore',
  compose: 'Compose',
  kubernetes: 'Kubernetes',
  ci: 'GitHub Actions',
};

/** Language ids to try for a new document of each group, best first. */
const LANGUAGES: Record<SnippetGroup, string[]> = {
  dockerfile: ['dockerfile'],
  dockerignore: ['ignore', 'plaintext'],
  compose: ['dockercompose', 'yaml'],
  kubernetes: ['yaml'],
  ci: ['yaml'],
};

interface TemplatePick extends vscode.QuickPickItem {
  snippet?: Snippet;
}

/** The whole-file snippets of `dist/snippets.json`, which the build copies from `snippets/`. */
export function loadTemplates(snippetsJson: string): Snippet[] {
  const files = JSON.parse(snippetsJson) as SnippetFiles;
  return snippetsOf(files).filter((snippet) => snippet.isFileTemplate);
}

/** Asks for a template and opens it as a new untitled document, placeholders ready to fill in. */
export async function newFromTemplate(templates: readonly Snippet[]): Promise<vscode.TextEditor | undefined> {
  const picks: TemplatePick[] = [];
  for (const group of Object.keys(GROUP_LABELS) as SnippetGroup[]) {
    const members = templates.filter((snippet) => snippet.group === group);
    if (members.length === 0) continue;
    picks.push({ label: GROUP_LABELS[group], kind: vscode.QuickPickItemKind.Separator });
    for (const snippet of members) picks.push({ label: snippet.name, description: snippet.prefix, detail: snippet.description, snippet });
  }
  const picked = await vscode.window.showQuickPick(picks, {
    title: 'Container Coach: New File from Template',
    placeHolder: 'Dockerfile, compose file or Kubernetes manifest',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked?.snippet) return undefined;
  const known = new Set(await vscode.languages.getLanguages());
  const language = LANGUAGES[picked.snippet.group].find((id) => known.has(id)) ?? 'plaintext';
  const document = await vscode.workspace.openTextDocument({ language, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(picked.snippet.body));
  return editor;
}
