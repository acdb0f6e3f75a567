import { strict as assert } from 'node:assert';
import { PROJECT, runBuiltCli, runCli } from './cli';

describe('cli: --explain', () => {
  it('a rule: its summary, why, examples and the question it cites, as plain text (dist/cli.js as a process)', () => {
    const run = runBuiltCli(['--explain', 'dockerfile/prefer-exec-form'], PROJECT);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^dockerfile\/prefer-exec-form: warning \(also DL3025, JSONArgsRecommended\)\n/);
    assert.match(run.stdout, /Only a JSON array with double quotes is exec form/);
    assert.match(run.stdout, /\n {4}CMD \["node", "server\.js"\]\n/);
    assert.match(run.stdout, /Q288: How do you implement graceful shutdown in Docker containers\?\n=+\n/);
    assert.doesNotMatch(run.stdout, /\*\*|```|`/, 'Markdown marks are rendered away');
  });

  it('an alias or the short id finds the same rule', () => {
    const full = runCli(['--explain', 'dockerfile/prefer-exec-form'], PROJECT).stdout;
    assert.equal(runCli(['--explain', 'DL3025'], PROJECT).stdout, full);
    assert.equal(runCli(['lint', '--explain', 'prefer-exec-form'], PROJECT).stdout, full);
  });

  it('a question by id or number: its text and the rules citing it', () => {
    const run = runCli(['--explain', 'q288'], PROJECT);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Q288: How do you implement graceful shutdown in Docker containers\?\n/);
    assert.match(run.stdout, /\n1\. App handles SIGTERM: implement signal handler/);
    assert.match(run.stdout, /Rules citing it: [\s\S]*dockerfile\/prefer-exec-form/);
    assert.equal(runCli(['--explain', '288'], PROJECT).stdout, run.stdout);
  });

  it('something unknown is a usage error', () => {
    const run = runCli(['--explain', 'q9999'], PROJECT);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Nothing to explain for `q9999`/);
  });
});
