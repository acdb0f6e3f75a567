import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeData, escapeProperty } from '../../cli/src/formats/github';
import { FIXTURES, PROJECT, runCli, tempFolder, writeTree } from './cli';

const GOLDEN = join(FIXTURES, 'golden');

/** Compares with `test/fixtures/cli/golden/<name>`; `UPDATE_GOLDEN=1` rewrites the file instead. */
function assertGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
  }
  assert.ok(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 rewrites it after a deliberate change)`);
}

describe('cli: output formats (golden files)', () => {
  it('text: file:line:col severity rule message, grouped by file, then a summary', () => {
    const run = runCli(['lint'], PROJECT);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
    assertGolden('project.txt', run.stdout);
  });

  it('json: the documented, versioned schema', () => {
    const run = runCli(['lint', '--format', 'json'], PROJECT);
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout) as { version: number; tool: { version: string } };
    assert.equal(output.version, 1);
    output.tool.version = '<version>';
    assertGolden('project.json', `${JSON.stringify(output, null, 2)}\n`);
  });

  it('github: workflow annotation lines with 1-based ranges', () => {
    const run = runCli(['lint', '--format', 'github'], PROJECT);
    assert.equal(run.code, 0, run.stderr);
    assertGolden('project.github.txt', run.stdout);
  });

  it('github: escapes %, CR and LF in messages, and also : and , in properties', () => {
    const root = writeTree(tempFolder('escape'), { 'we,ird:dir/Dockerfile': 'FROM alpine\nCMD echo "100%, done: ok"\n' });
    const run = runCli(['lint', '--format', 'github', '--fail-on', 'none'], root);
    const line = run.stdout.split('\n').find((each) => each.includes('title=dockerfile/prefer-exec-form'));
    assert.ok(line, run.stdout);
    assert.match(line, /^::warning file=we%2Cird%3Adir\/Dockerfile,line=2,col=5,endLine=2,endColumn=26,title=dockerfile\/prefer-exec-form::/);
    const message = line.slice(line.indexOf('::', 2) + 2);
    assert.match(message, /100%25, done: ok/);
    assert.doesNotMatch(message, /%(?!25|0A|0D)/, 'every % in a message is escaped');
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('text: control characters from the file cannot reach the terminal', () => {
    const root = writeTree(tempFolder('escape-text'), { Dockerfile: 'FROM alpine\nCMD echo "\u001b[31mred\u001b[0m"\n' });
    const run = runCli(['lint', '--fail-on', 'none'], root);
    assert.ok(!run.stdout.includes('\u001b'), run.stdout);
    assert.match(run.stdout, /CMD echo "\\u001b\[31mred\\u001b\[0m"/);
  });

  it('text: findings of one file stay together, in line order', () => {
    const run = runCli(['lint', '--fail-on', 'none'], PROJECT);
    const files = run.stdout.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line)).map((line) => line.split(':')[0]);
    const runs = files.filter((file, index) => index === 0 || files[index - 1] !== file);
    assert.equal(new Set(runs).size, runs.length, `each file's findings are contiguous: ${files.join(' ')}`);
    assert.ok(files.includes('Dockerfile') && files.includes('services/api/Dockerfile'), run.stdout);
  });
});
