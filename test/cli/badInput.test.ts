import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { lintedPaths, runBuiltCli, runCli, tempFolder, writeTree } from './cli';

interface JsonOutput {
  files: { path: string; findings: { ruleId: string }[] }[];
  problems: { path: string; kind: string; message: string }[];
  summary: { notAnalysed: number };
}

/** A good Dockerfile with one finding beside each kind of bad input. */
function mixedFolder(): string {
  const root = writeTree(tempFolder('bad'), {
    'good/Dockerfile': 'FROM alpine\nCMD node server.js\n',
    'binary/Dockerfile': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]),
    'huge/Dockerfile': `FROM alpine\n${'RUN echo filler\n'.repeat(4096)}`,
    'broken/compose.yaml': 'services:\n  web:\n    image: "nginx\n    ports: [80\n',
    'heredoc/Dockerfile': 'FROM alpine\nRUN <<EOF\necho never closed\n',
  });
  execFileSync('mkfifo', [join(root, 'good/Containerfile')]);
  return root;
}

describe('cli: bad input never stops the run', () => {
  it('reports each bad file on one stderr line, still lints the others, and exits 3 when nothing else fails (dist/cli.js as a process)', () => {
    const root = mixedFolder();
    const run = runBuiltCli(['lint', '-f', 'json', '--max-file-size', '32KB', '--fail-on', 'none', '.', 'good/Containerfile'], root);
    assert.equal(run.code, 3, run.stderr);
    const output = JSON.parse(run.stdout) as JsonOutput;
    assert.deepEqual(lintedPaths(run).sort(), ['broken/compose.yaml', 'good/Dockerfile', 'heredoc/Dockerfile']);
    assert.ok(output.files.find((file) => file.path === 'good/Dockerfile')!.findings.some((finding) => finding.ruleId === 'dockerfile/prefer-exec-form'));
    const problems = Object.fromEntries(output.problems.map((problem) => [problem.path, problem.kind]));
    assert.deepEqual(problems, {
      'binary/Dockerfile': 'binary',
      'huge/Dockerfile': 'too-large',
      'broken/compose.yaml': 'broken-yaml',
      'good/Containerfile': 'unreadable',
    });
    assert.equal(output.summary.notAnalysed, 4);
    const lines = run.stderr.trimEnd().split('\n').sort();
    assert.equal(lines.length, 4, run.stderr);
    assert.match(lines[0]!, /^binary\/Dockerfile: not analysed: it looks binary/);
    assert.match(lines[1]!, /^broken\/compose\.yaml: not analysed: broken YAML at 5:1: Missing closing "quote/);
    assert.match(lines[2]!, /^good\/Containerfile: not analysed: not a regular file$/);
    assert.match(lines[3]!, /^huge\/Dockerfile: not analysed: it is 65 KB, over the 32 KB limit \(--max-file-size\)$/);
  });

  it('findings at the threshold take precedence: exit 1', () => {
    const run = runCli(['lint', '--max-file-size', '32KB', '--fail-on', 'warning', '.', 'good/Containerfile'], mixedFolder());
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /4 files not analysed\.\n$/);
  });

  it('the default size limit is 1 MB, and a larger limit lets the file in', () => {
    const root = writeTree(tempFolder('size'), { Dockerfile: `FROM alpine\n${'# padding line of a big file\n'.repeat(40000)}` });
    assert.equal(runCli(['lint'], root).code, 3);
    assert.equal(runCli(['lint', '--max-file-size', '2MB'], root).code, 0);
  });

  it('binary junk in files named like ours neither crashes nor hangs the run', () => {
    const junk = Buffer.alloc(200000);
    for (let index = 0; index < junk.length; index++) junk[index] = (index * 7919) % 251;
    const root = writeTree(tempFolder('junk'), { 'a/Dockerfile': junk, 'b/docker-compose.yml': junk, 'c/Dockerfile': 'FROM alpine\n' });
    const run = runCli(['lint', '-f', 'json'], root);
    assert.equal(run.code, 3, run.stderr);
    assert.deepEqual(lintedPaths(run), ['c/Dockerfile']);
  });
});

describe('cli: bounded analysis', () => {
  it('prints 1,000 findings of a file of 90,000 and one note for the rest', () => {
    const services = Array.from({ length: 11_250 }, (_, index) => `  s${index}: {image: x}\n`).join('');
    const root = writeTree(tempFolder('many'), { 'compose.yaml': `services:\n${services}` });
    const run = runCli(['lint', '-f', 'json', '--fail-on', 'none', 'compose.yaml'], root);
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout) as JsonOutput;
    assert.deepEqual(output.problems.map((problem) => [problem.path, problem.kind]), [['compose.yaml', 'partial']]);
    // On a busy machine the time budget (2 s) may end the run before the cap does; the note then says so.
    if (/over 2 s/.test(output.problems[0].message)) {
      assert.match(output.problems[0].message, /^analysed only in part: its rules took over 2 s \(\d+ of \d+ ran to the end\); the findings so far are shown\.$/);
      assert.ok(output.files[0].findings.length <= 1000);
    } else {
      assert.equal(output.problems[0].message, 'analysed only in part: it has over 1,000 findings; the first 1,000 are shown, the others are not reported.');
      assert.equal(output.files[0].findings.length, 1000);
    }
  });
});
