// The GitHub Action's entry (action.yml): runs dist/cli.js beside it over the workspace with the INPUT_*
// variables, writes the report file and the `report` and `exit-code` outputs, and exits as the CLI did.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
const input = (name) => (process.env[`INPUT_${name}`] ?? '').trim();
const extensions = { sarif: 'sarif', json: 'json', text: 'txt' };

const format = input('FORMAT') || 'sarif';
const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
const args = ['lint', '--format', format, '--fail-on', input('FAIL_ON') || 'error'];
if (input('CONFIG')) args.push('--config', input('CONFIG'));
args.push(...input('PATHS').split(/\s+/).filter(Boolean));

const toLog = format === 'github';
if (!toLog && !extensions[format]) {
  console.error(`container-coach action: format must be sarif, json, text or github, not "${format}"`);
  process.exit(2);
}
const run = spawnSync(process.execPath, [cli, ...args], {
  cwd: workspace,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  stdio: ['ignore', toLog ? 'inherit' : 'pipe', 'inherit'],
  env: { ...process.env, NO_COLOR: '1' },
});
if (run.error) throw run.error;
const code = run.status ?? 2;
const outputs = [`exit-code=${code}`];
if (!toLog && run.stdout) {
  const report = path.resolve(workspace, input('OUTPUT') || `container-coach.${extensions[format]}`);
  mkdirSync(path.dirname(report), { recursive: true });
  writeFileSync(report, run.stdout);
  console.log(`container-coach: ${path.relative(workspace, report) || report} written (exit code ${code})`);
  outputs.push(`report=${report}`);
}
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, outputs.map((line) => `${line}\n`).join(''));
process.exit(code);
