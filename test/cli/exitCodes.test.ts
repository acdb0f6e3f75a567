import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT, runBuiltCli, runCli, tempFolder, writeTree } from './cli';

interface JsonOutput {
  files: { findings: { ruleId: string; severity: string }[] }[];
  summary: { notAnalysed: number };
}

const RANK: Record<string, number> = { error: 3, warning: 2, info: 1, hint: 0 };

describe('cli: exit codes', () => {
  it('0 when nothing was found at all', () => {
    const run = runCli(['lint'], tempFolder('empty'));
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'No findings in 0 files.\n');
  });

  for (const failOn of ['error', 'warning', 'info'] as const) {
    it(`--fail-on ${failOn}: 1 exactly when a finding is at or above ${failOn}`, () => {
      const run = runCli(['lint', '--format', 'json', '--fail-on', failOn], PROJECT);
      const output = JSON.parse(run.stdout) as JsonOutput;
      const severities = output.files.flatMap((file) => file.findings.map((finding) => finding.severity));
      assert.ok(severities.includes('warning'), 'the fixture has warnings');
      assert.equal(run.code, severities.some((severity) => RANK[severity]! >= RANK[failOn]!) ? 1 : 0, run.stderr);
    });
  }

  it('--fail-on none: 0 even with findings; the default threshold is error', () => {
    assert.equal(runCli(['lint', '--fail-on', 'none', '--rule', 'dockerfile/prefer-exec-form=error'], PROJECT).code, 0);
    assert.equal(runCli(['lint', '--rule', 'dockerfile/prefer-exec-form=error'], PROJECT).code, 1);
  });

  it('--rule changes a severity (aliases work) or turns a rule off', () => {
    const errors = JSON.parse(runCli(['lint', '-f', 'json', '--rule', 'DL3025=error'], PROJECT).stdout) as JsonOutput;
    const execForm = errors.files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === 'dockerfile/prefer-exec-form');
    assert.equal(execForm.length, 3);
    assert.ok(execForm.every((finding) => finding.severity === 'error'));
    const off = JSON.parse(runCli(['lint', '-f', 'json', '--rule', 'dockerfile/prefer-exec-form=off'], PROJECT).stdout) as JsonOutput;
    assert.equal(off.files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === 'dockerfile/prefer-exec-form').length, 0);
  });

  it('the config file sets severities, and --rule wins over it', () => {
    const root = writeTree(tempFolder('config'), {
      '.container-coach.yaml': 'rules:\n  dockerfile/prefer-exec-form: error\n',
      Dockerfile: 'FROM alpine\nCMD node server.js\n',
    });
    assert.equal(runCli(['lint'], root).code, 1);
    assert.equal(runCli(['lint', '--rule', 'dockerfile/prefer-exec-form=info'], root).code, 0);
    assert.equal(runCli(['lint', '--config', '.container-coach.yaml', '--fail-on', 'error'], root).code, 1);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['no command', [], /Missing command/],
    ['an unknown command', ['check'], /Unknown command `check`/],
    ['an unknown option', ['lint', '--colour'], /Unknown option '--colour'/],
    ['an unknown format', ['lint', '--format', 'xml'], /--format must be one of text, json, sarif, github; got `xml`/],
    ['an unknown --fail-on', ['lint', '--fail-on', 'never'], /--fail-on must be one of error, warning, info, none/],
    ['a malformed --rule', ['lint', '--rule', 'dockerfile/prefer-exec-form'], /--rule expects ID=LEVEL/],
    ['an unknown rule', ['lint', '--rule', 'dockerfile/no-such-rule=off'], /unknown rule `dockerfile\/no-such-rule`/],
    ['an unknown level', ['lint', '--rule', 'dockerfile/prefer-exec-form=fatal'], /must be one of on, off, error, warning, info, hint; got `fatal`/],
    ['a bad size', ['lint', '--max-file-size', 'big'], /--max-file-size expects a size/],
    ['a missing config file', ['lint', '--config', 'nope.yaml'], /Config file nope.yaml does not exist/],
    ['a missing path', ['lint', 'no/such/Dockerfile'], /No such file or folder: no\/such\/Dockerfile/],
    ['a glob that matches nothing', ['lint', 'nowhere/**/*.yaml'], /No files match `nowhere\/\*\*\/\*\.yaml`/],
  ];
  for (const [what, args, message] of usageErrors) {
    it(`2 with a clear message for ${what}`, () => {
      const run = runCli(args, PROJECT);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /^container-coach: /);
      assert.equal(run.stdout, '');
    });
  }

  it('2 for a config file that is not valid (dist/cli.js as a process)', () => {
    const root = writeTree(tempFolder('bad-config'), { '.container-coach.yaml': 'rules:\n  dockerfile/prefer-exec-form: loud\n', Dockerfile: 'FROM alpine\n' });
    const run = runBuiltCli(['lint'], root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.container-coach\.yaml: `dockerfile\/prefer-exec-form` must be one of on, off, error, warning, info or hint\./);
  });

  it('--help and --version exit 0 (dist/cli.js as a process)', () => {
    const help = runBuiltCli(['--help'], PROJECT);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: container-coach lint/);
    const version = runBuiltCli(['--version'], PROJECT);
    assert.equal(version.code, 0);
    assert.equal(version.stdout, `${(JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version}\n`);
  });
});
