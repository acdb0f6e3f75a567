// The GitHub Action as the runner runs it: action.yml's lint step, i.e. `node scripts/action.mjs` with
// the inputs as INPUT_* variables, GITHUB_WORKSPACE as the working folder and a GITHUB_OUTPUT file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { CLI, tempFolder, writeTree } from './cli';

const ROOT = resolve(__dirname, '../..');
const ENTRY = join(ROOT, 'scripts/action.mjs');

const WORKSPACE_FILES = {
  'Dockerfile': 'FROM node:24\nUSER 1000\nCMD node server.js\n',
  'deploy/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n',
};

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  workspace: string;
}

function runAction(inputs: Record<string, string>, files: Record<string, string> = WORKSPACE_FILES): ActionRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first.`);
  const workspace = writeTree(tempFolder('action'), files);
  const outputFile = join(tempFolder('action-output'), 'output');
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: 'true' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  const result = spawnSync(process.execPath, [ENTRY], { cwd: tempFolder('runner'), env, encoding: 'utf8', timeout: 60000 });
  if (result.error) throw result.error;
  const outputs = existsSync(outputFile)
    ? Object.fromEntries(readFileSync(outputFile, 'utf8').trimEnd().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]))
    : {};
  return { code: result.status, stdout: result.stdout, outputs, workspace };
}

function sarifResults(path: string): string[] {
  const sarif = JSON.parse(readFileSync(path, 'utf8')) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  return sarif.runs[0].results.map((result) => `${result.locations[0].physicalLocation.artifactLocation.uri} ${result.ruleId}`).sort();
}

describe('the GitHub Action', () => {
  it('passes every input of action.yml to the entry script under the name the script reads', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      runs: { using: string; steps: { id?: string; run: string; env?: Record<string, string> }[] };
    };
    assert.equal(action.runs.using, 'composite');
    const lint = action.runs.steps.find((step) => step.id === 'lint');
    assert.equal(lint?.run, 'node "$GITHUB_ACTION_PATH/scripts/action.mjs"');
    assert.deepEqual(
      lint?.env,
      Object.fromEntries(Object.keys(action.inputs).map((name) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, `\${{ inputs.${name} }}`])),
    );
    assert.deepEqual(Object.keys(action.inputs), ['paths', 'format', 'fail-on', 'config', 'output']);
  });

  it('writes SARIF of the whole workspace for upload-sarif by default, sets the outputs and fails on an error', () => {
    const run = runAction({ paths: '', format: '', 'fail-on': '', config: '', output: '' });
    assert.equal(run.code, 1);
    assert.deepEqual(run.outputs, { 'exit-code': '1', report: join(run.workspace, 'container-coach.sarif') });
    const results = sarifResults(run.outputs.report);
    assert.ok(results.includes('deploy/compose.yaml compose/no-privileged'), results.join('\n'));
    assert.ok(results.includes('Dockerfile dockerfile/prefer-exec-form'), results.join('\n'));
  });

  it('lints only the given paths, separated by new lines or spaces, and fails at the fail-on severity', () => {
    const warning = runAction({ paths: 'Dockerfile', 'fail-on': 'warning' });
    assert.equal(warning.code, 1);
    assert.deepEqual(sarifResults(warning.outputs.report), ['Dockerfile dockerfile/prefer-base-image-digest', 'Dockerfile dockerfile/prefer-exec-form']);
    const error = runAction({ paths: 'Dockerfile', 'fail-on': 'error' });
    assert.equal(error.code, 0);
    assert.equal(error.outputs['exit-code'], '0');
    const both = runAction({ paths: 'Dockerfile\n  deploy/compose.yaml ', 'fail-on': 'none', output: 'reports/coach.sarif' });
    assert.equal(both.code, 0);
    assert.equal(both.outputs.report, join(both.workspace, 'reports/coach.sarif'));
    assert.deepEqual([...new Set(sarifResults(both.outputs.report).map((line) => line.split(' ')[0]))], ['Dockerfile', 'deploy/compose.yaml']);
  });

  it('reads the config file it is given', () => {
    const run = runAction(
      { paths: 'Dockerfile', config: 'ci/coach.yaml' },
      { ...WORKSPACE_FILES, 'ci/coach.yaml': 'rules:\n  prefer-exec-form: off\n' },
    );
    assert.equal(run.code, 0);
    assert.deepEqual(sarifResults(run.outputs.report), ['Dockerfile dockerfile/prefer-base-image-digest']);
  });

  it('prints annotations to the log with format github and writes no report', () => {
    const run = runAction({ paths: 'Dockerfile', format: 'github', 'fail-on': 'warning' });
    assert.equal(run.code, 1);
    assert.deepEqual(run.outputs, { 'exit-code': '1' });
    assert.match(run.stdout, /^::warning file=Dockerfile,line=3,col=5,[^:]*title=dockerfile\/prefer-exec-form::/m);
  });

  it('refuses an unknown format with exit code 2', () => {
    const run = runAction({ format: 'xml' });
    assert.equal(run.code, 2);
  });
});
