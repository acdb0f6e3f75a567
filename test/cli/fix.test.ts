import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { eligibleFix } from '../../server/src/engine/fixAll';
import type { RuleFinding } from '../../server/src/engine/lint';
import { rulesById } from '../../server/src/targets/index';
import { copyProject, runBuiltCli, runCli, tempFolder, writeTree } from './cli';

interface JsonOutput {
  files: { path: string; findings: { ruleId: string; fixable: boolean }[]; fixed?: { ruleId: string; line: number }[] }[];
}

function findings(root: string): JsonOutput['files'] {
  return (JSON.parse(runCli(['lint', '-f', 'json', '--fail-on', 'none'], root).stdout) as JsonOutput).files;
}

describe('cli: --fix', () => {
  it('rewrites the fixable findings in place; a re-lint no longer finds them', () => {
    const root = copyProject('fix');
    const before = findings(root);
    const fixable = before.flatMap((file) => file.findings.filter((finding) => finding.fixable).map((finding) => `${file.path} ${finding.ruleId}`));
    assert.ok(fixable.includes('Dockerfile dockerfile/prefer-exec-form'), fixable.join('\n'));

    const run = runCli(['lint', '--fix', '-f', 'json', '--fail-on', 'none'], root);
    assert.equal(run.code, 0, run.stderr);
    const fixedReport = (JSON.parse(run.stdout) as JsonOutput).files;
    assert.deepEqual(
      fixedReport.find((file) => file.path === 'services/api/Dockerfile')!.fixed!.filter((fix) => fix.ruleId === 'dockerfile/prefer-exec-form'),
      [
        { ruleId: 'dockerfile/prefer-exec-form', line: 5 },
        { ruleId: 'dockerfile/prefer-exec-form', line: 6 },
      ],
    );
    assert.match(run.stderr, /^services\/api\/Dockerfile: fixed .*dockerfile\/prefer-exec-form \(line 5\), dockerfile\/prefer-exec-form \(line 6\)/m);

    const api = readFileSync(join(root, 'services/api/Dockerfile'), 'utf8');
    assert.match(api, /^ENTRYPOINT \["python", "app.py", "--greeting", "100%, done: ok"\]$/m);
    assert.match(api, /^CMD \["--port", "8080"\]$/m);
    assert.match(readFileSync(join(root, 'Dockerfile'), 'utf8'), /^CMD \["node", "server.js"\]$/m);

    const after = findings(root);
    assert.deepEqual(after.flatMap((file) => file.findings.filter((finding) => finding.fixable)), [], 'nothing fixable is left');
    assert.deepEqual(fixedReport.map((file) => file.findings), after.map((file) => file.findings), 'the report after --fix is the re-lint');
  });

  it('changes only fixed text, keeps CRLF line endings and the file mode, and leaves no temporary file (dist/cli.js as a process)', () => {
    const lines = ['FROM alpine', '# keep this comment', 'RUN echo hi', 'CMD node server.js'];
    const root = writeTree(tempFolder('crlf'), { Dockerfile: `${lines.join('\r\n')}\r\n` });
    chmodSync(join(root, 'Dockerfile'), 0o640);
    runBuiltCli(['lint', '--fix'], root);
    const fixed = readFileSync(join(root, 'Dockerfile'), 'utf8');
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /[\r\n]/, 'every line still ends with CRLF');
    const kept = fixed.split('\r\n').filter((line) => lines.slice(0, 3).includes(line));
    assert.deepEqual(kept, lines.slice(0, 3), 'the other lines are kept, in order');
    assert.match(fixed, /^CMD \["node", "server\.js"\]\r$/m);
    assert.equal(statSync(join(root, 'Dockerfile')).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(root), ['Dockerfile']);
  });

  it('leaves a file without fixable findings byte for byte as it was', () => {
    const text = 'FROM scratch\nCOPY app /app\nUSER 10001\nENTRYPOINT ["/app"]\n';
    const root = writeTree(tempFolder('nofix'), { Dockerfile: text, app: '' });
    assert.deepEqual(findings(root)[0]!.findings.filter((finding) => finding.fixable), [], 'precondition: nothing to fix here');
    const mtime = statSync(join(root, 'Dockerfile')).mtimeMs;
    const run = runCli(['lint', '--fix'], root);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /fixed/);
    assert.equal(readFileSync(join(root, 'Dockerfile'), 'utf8'), text);
    assert.equal(statSync(join(root, 'Dockerfile')).mtimeMs, mtime);
  });

  it('applies a safe fix, and an unsafe one only when asked to', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    const edit = (newText: string) => ({ range, newText });
    const finding = (fixes: RuleFinding['fixes']): RuleFinding => ({ range, message: 'm', fixes, rule: rulesById.get('dockerfile/prefer-exec-form')!, severity: 'warning' });
    const unsafe = { title: 'template', edits: [edit('a')], safety: 'unsafe' as const };
    assert.equal(eligibleFix(finding([unsafe, { title: 'exact', edits: [edit('b')], safety: 'safe' }]))?.title, 'exact');
    assert.equal(eligibleFix(finding([unsafe])), undefined);
    assert.equal(eligibleFix(finding([unsafe]), { unsafe: true })?.title, 'template');
    assert.equal(eligibleFix(finding([{ title: 'empty', edits: [], safety: 'safe' }])), undefined);
    assert.equal(eligibleFix(finding(undefined)), undefined);
  });

  it('applies unsafe fixes only with --unsafe-fixes, and says how many are available', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    const root = writeTree(tempFolder('unsafe'), { 'compose.yaml': text });
    const safeOnly = runCli(['lint', '--fix', '--rule', 'compose/require-user=off', '--fail-on', 'none'], root);
    assert.equal(readFileSync(join(root, 'compose.yaml'), 'utf8'), text);
    assert.match(safeOnly.stdout, /; 7 unsafe fixes available \(--fix --unsafe-fixes\)\.$/m);
    const json = JSON.parse(runCli(['lint', '-f', 'json', '--fail-on', 'none'], root).stdout) as { summary: { unsafeFixes: number } };
    assert.equal(json.summary.unsafeFixes, 7);

    const unsafe = runCli(['lint', '--fix', '--unsafe-fixes', '--fail-on', 'none'], root);
    assert.match(unsafe.stderr, /^compose\.yaml: fixed .*compose\/no-privileged \(line 4\)/m);
    assert.doesNotMatch(readFileSync(join(root, 'compose.yaml'), 'utf8'), /privileged/);
  });

  it('refuses --unsafe-fixes without --fix', () => {
    const run = runCli(['lint', '--unsafe-fixes'], writeTree(tempFolder('unsafe-alone'), { Dockerfile: 'FROM scratch\n' }));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--unsafe-fixes needs --fix/);
  });
});
