import * as vscode from 'vscode';
import type { Question } from '../../common/src/bank';
import type { Ctx } from './context';
import { OPEN_QUESTION_COMMAND } from './clientOptions';
import { questionLabel } from './questionBank';
import { loadTemplates, NEW_FROM_TEMPLATE_COMMAND, newFromTemplate } from './templates';

type Command = (ctx: Ctx, ...args: unknown[]) => unknown;

/** Every command of the extension, registered in one loop by `registerCommands`. */
export const commands: Record<string, Command> = {
  [OPEN_QUESTION_COMMAND]: (ctx, id) => (typeof id === 'string' ? ctx.openQuestion(id) : searchQuestions(ctx)),
  'containerCoach.showRule': (ctx, id) => (typeof id === 'string' ? ctx.showRule(id) : pickRule(ctx)),
  'containerCoach.searchQuestions': (ctx) => searchQuestions(ctx),
  'containerCoach.filterQuestions': (ctx) => filterQuestions(ctx),
  'containerCoach.clearQuestionFilter': (ctx) => ctx.tree.setFilter(undefined),
  'containerCoach.openExample': () => openExample(),
  [NEW_FROM_TEMPLATE_COMMAND]: (ctx) => newFromTemplate(loadTemplates(ctx.assetText('dist/snippets.json'))),
};

export function registerCommands(ctx: Ctx): void {
  for (const [id, command] of Object.entries(commands)) {
    ctx.track(vscode.commands.registerCommand(id, (...args: unknown[]) => command(ctx, ...args)));
  }
}

interface QuestionPick extends vscode.QuickPickItem {
  question?: Question;
}

/** A quick pick over titles and answer text, ranked by `QuestionBank.search`; empty, it lists every question by topic. */
function searchQuestions(ctx: Ctx): void {
  const { bank } = ctx.store;
  const everything: QuestionPick[] = bank
    .topics()
    .flatMap(({ topic, questions }) => [{ label: topic, kind: vscode.QuickPickItemKind.Separator }, ...questions.map((question) => questionPick(question))]);
  const pick = vscode.window.createQuickPick<QuestionPick>();
  pick.title = 'Container Coach: Search Questions';
  pick.placeholder = 'Words from a title or an answer, e.g. graceful shutdown';
  const update = (): void => {
    const value = pick.value.trim();
    pick.items = value ? bank.search(value).slice(0, 50).map((match) => questionPick(match.question)) : everything;
  };
  update();
  pick.onDidChangeValue(update);
  pick.onDidAccept(() => {
    const question = pick.selectedItems[0]?.question;
    pick.hide();
    if (question) ctx.openQuestion(question.id);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
}

function questionPick(question: Question): QuestionPick {
  const answer = (question.shortAnswer ?? question.prompt ?? '').replace(/[`*_#>|]+/g, '').replace(/\s+/g, ' ').trim();
  // Our own search decides what matches; alwaysShow keeps the quick pick from filtering on labels again.
  return { label: questionLabel(question), description: question.topic, detail: answer.slice(0, 160), alwaysShow: true, question };
}

async function filterQuestions(ctx: Ctx): Promise<void> {
  const text = await vscode.window.showInputBox({
    title: 'Filter Questions',
    prompt: 'Show the questions whose title, tags or answer contain these words (empty shows all).',
    placeHolder: 'e.g. secrets',
    value: ctx.tree.filter ?? '',
  });
  if (text !== undefined) ctx.tree.setFilter(text);
}

async function pickRule(ctx: Ctx): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    ctx.store.rules.all().map((rule) => ({ label: rule.id, description: rule.severity, detail: rule.summary })),
    { title: 'Container Coach: Show Rule', matchOnDetail: true },
  );
  if (picked) ctx.showRule(picked.label);
}

const example = `# Container Coach example: hover the underlined text, or put the cursor on it and press Ctrl+.
FROM node:latest
WORKDIR /app
COPY . .
RUN npm install --only=production
CMD node server.js
`;

/** An untitled Dockerfile with findings to explore, for the walkthrough. */
async function openExample(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'dockerfile', content: example });
  await vscode.window.showTextDocument(document);
}
