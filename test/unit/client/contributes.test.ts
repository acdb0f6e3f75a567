import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const clientSource = readdirSync(join(root, 'client/src'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(join(root, 'client/src', name), 'utf8'))
  .join('\n');
/** vsce matches each file against every line of .vscodeignore, the last match winning (not gitignore's rules). */
const vscodeignore = readFileSync(join(root, '.vscodeignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => ({ include: line.startsWith('!'), pattern: globToRegExp(line.replace(/^!/, '')) }));

function globToRegExp(glob: string): RegExp {
  const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*');
  return new RegExp(`^${source}$`);
}

function isPackaged(path: string): boolean {
  let included = true;
  for (const { include, pattern } of vscodeignore) if (pattern.test(path)) included = include;
  return included;
}

describe('package.json contributions of the question bank', () => {
  it('registers in the client every command it contributes', () => {
    const missing = contributes.commands.map((command: { command: string }) => command.command).filter((id: string) => !clientSource.includes(`'${id}'`));
    assert.deepEqual(missing, []);
  });

  it('contributes every command a menu shows', () => {
    const declared = new Set(contributes.commands.map((command: { command: string }) => command.command));
    const used = Object.values(contributes.menus as Record<string, { command: string }[]>).flat().map((item) => item.command);
    assert.deepEqual(used.filter((id) => !declared.has(id)), []);
  });

  it('has the Questions and Findings by Question views in the Container Coach container, with an icon that is packaged', () => {
    const [container] = contributes.viewsContainers.activitybar;
    assert.equal(container.title, 'Container Coach');
    assert.deepEqual(contributes.views[container.id].map((view: { id: string }) => view.id), ['containerCoach.questions', 'containerCoach.findings']);
    assert.ok(existsSync(join(root, container.icon)) && isPackaged(container.icon), container.icon);
  });

  it('has a walkthrough whose media exist and are packaged', () => {
    const steps = contributes.walkthroughs.flatMap((walkthrough: { steps: { id: string; media: { markdown: string } }[] }) => walkthrough.steps);
    assert.deepEqual(steps.map((step: { id: string }) => step.id), ['seeFinding', 'applyFix', 'browseQuestions']);
    for (const { media } of steps) assert.ok(existsSync(join(root, media.markdown)) && isPackaged(media.markdown), media.markdown);
  });

  it('packages the rule catalog the client reads, and not the sources', () => {
    assert.ok(isPackaged('dist/rules.json') && isPackaged('dist/bank.json'));
    assert.ok(!isPackaged('client/src/questionView.ts') && !isPackaged('content/questions.yaml'));
  });
});
