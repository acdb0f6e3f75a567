// Issue 15 as a person sees it in the examples workspace that `npm start` opens: a finding of a file
// never opened in Problems, its related location followed to the other file, and the Findings by Question view, opened from the status bar, with the
// question that explains it, its count, its rule and the location that opens the file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { plainTitle, type BankJson } from '../../common/src/bank';
import type { RulesJson } from '../../common/src/ruleCatalog';
import { repoRoot } from './codeServer';
import type { Locator, Page } from 'playwright-core';
import { useEditorSession } from './session';
import { filterProblems, readProblems, screenshot } from './workbench';

const RULE = 'kubernetes/no-service-without-workload';
const root = repoRoot();
const rules = (JSON.parse(readFileSync(path.join(root, 'dist/rules.json'), 'utf8')) as RulesJson).rules;
const bank = JSON.parse(readFileSync(path.join(root, 'dist/bank.json'), 'utf8')) as BankJson;
const questionId = rules.find((rule) => rule.id === RULE)!.questions[0]!;
const question = bank.questions.find((entry) => entry.id === questionId)!;

interface CliFinding {
  ruleId: string;
  related?: { path: string; range: Record<'start' | 'end', { line: number; column: number }>; message: string }[];
}

/** The CLI's findings over the same folder: the server and the CLI share the engine and the workspace model. */
function cliFindings(): CliFinding[] {
  const json = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'lint', '.', '--format', 'json', '--fail-on', 'none'], { cwd: path.join(root, 'examples'), encoding: 'utf8' });
  return (JSON.parse(json) as { files: { findings: CliFinding[] }[] }).files.flatMap((file) => file.findings);
}

const findingsPane = '.part.sidebar .pane:has(> .pane-header[aria-label^="Findings by Question" i])';

/** The questions ranked as the view ranks them: by the findings their citing rules have, then in bank order. */
function ranking(findings: readonly { ruleId: string }[]): { title: string; count: number }[] {
  const cited = new Map(rules.map((rule) => [rule.id, rule.questions]));
  return bank.questions
    .map((entry) => ({ title: plainTitle(entry.title), count: findings.filter((finding) => cited.get(finding.ruleId)?.includes(entry.id)).length }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** Scrolls the view until `row` is rendered (the tree renders only the rows in sight). */
async function scrollTo(page: Page, row: Locator): Promise<void> {
  await page.locator(`${findingsPane} .monaco-list`).first().hover();
  for (let attempt = 0; attempt < 40 && !(await row.isVisible()); attempt++) {
    await page.mouse.wheel(0, 110);
    await row.waitFor({ timeout: 500 }).catch(() => undefined);
  }
}

describe('the whole workspace in the editor', function () {
  this.timeout(180_000);
  const session = useEditorSession({ fixture: 'examples', outsideRepository: true });
  const findings = cliFindings();
  const citing = new Set(rules.filter((rule) => rule.questions.includes(questionId)).map((rule) => rule.id));
  const explained = findings.filter((finding) => citing.has(finding.ruleId)).length;

  it('shows the finding of a manifest that was never opened in Problems, and its related location opens the other file there', async () => {
    const { page } = session;
    const filter = await filterProblems(page, RULE);
    await page.locator('.markers-panel .marker-code', { hasText: RULE }).first().waitFor({ timeout: 90_000 });
    const [problem] = (await readProblems(page)).filter((row) => row.code.includes(RULE));
    assert.ok(problem, `Problems lists ${RULE}`);
    assert.equal(problem.line, 9);
    assert.match(problem.message, /Service `api` selects no pods/);
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'api-service.yaml' }).first().waitFor({ timeout: 30_000 });
    const [related] = findings.find((finding) => finding.ruleId === RULE)?.related ?? [];
    assert.equal(related?.path, 'kubernetes/app.yaml');
    const relatedRow = page.locator('.markers-panel .monaco-list-row', { hasText: related.message }).first();
    await relatedRow.waitFor({ timeout: 30_000 });
    assert.match(await relatedRow.innerText(), /app\.yaml/, 'the related row names the other file');
    await screenshot(page, 'workspace finding of an unopened file');
    await relatedRow.click();
    await page.locator('.tabs-container .tab.active[data-resource-name="app.yaml"]').first().waitFor({ timeout: 30_000 });
    const { start, end } = related.range;
    const selection = `Ln ${end.line}, Col ${end.column} (${end.column - start.column} selected)`;
    await page.locator('[id="status.editor.selection"]', { hasText: selection }).first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'related location of the finding opened');
    await filter.fill('');
  });

  it('counts every finding in the status bar and opens Findings by Question from it, the question with its count', async () => {
    const { page } = session;
    const status = page.locator(`.part.statusbar [aria-label="Container Coach: ${findings.length} findings"]`).first();
    await status.waitFor({ timeout: 90_000 });
    await status.click();
    const [top] = ranking(findings);
    const first = page.locator(`${findingsPane} .monaco-list-row[data-index="0"]`);
    await first.waitFor({ timeout: 30_000 });
    assert.match(await first.innerText(), new RegExp(`${escapeRegExp(top!.title)}[\\s\\S]*${top!.count} findings`));
    const row = page.locator(`${findingsPane} .monaco-list-row`, { hasText: plainTitle(question.title) }).first();
    await scrollTo(page, row);
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), new RegExp(`${explained} findings?`));
    await row.locator('.monaco-tl-twistie').click();
    const ruleRow = page.locator(`${findingsPane} .monaco-list-row`, { hasText: RULE }).first();
    await scrollTo(page, ruleRow);
    await ruleRow.waitFor({ timeout: 15_000 });
    await ruleRow.locator('.monaco-tl-twistie').click();
    const location = page.locator(`${findingsPane} .monaco-list-row`, { hasText: 'api-service.yaml:9' }).first();
    await scrollTo(page, location);
    await location.waitFor({ timeout: 15_000 });
    await screenshot(page, 'findings by question');
    await location.click();
    await page.locator('.tabs-container .tab.active[data-resource-name="api-service.yaml"]').first().waitFor({ timeout: 30_000 });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
