import { strict as assert } from 'node:assert';
import { runCli, tempFolder, writeTree } from './cli';

interface JsonOutput {
  files: { path: string; findings: { ruleId: string; severity: string; range: { start: { line: number } } }[] }[];
}

function execFormLines(args: string[], root: string): number[] {
  const run = runCli(['lint', '-f', 'json', '--fail-on', 'none', ...args], root);
  assert.equal(run.code, 0, run.stderr);
  return (JSON.parse(run.stdout) as JsonOutput).files
    .flatMap((file) => file.findings)
    .filter((finding) => finding.ruleId === 'dockerfile/prefer-exec-form')
    .map((finding) => finding.range.start.line);
}

describe('cli: the same settings and suppressions as the editor', () => {
  it('suppression comments (ours and hadolint\'s) silence the next instruction', () => {
    const root = writeTree(tempFolder('suppress'), {
      Dockerfile: 'FROM alpine AS one\n# container-coach ignore=prefer-exec-form -- the shell expands $PORT\nCMD serve --port $PORT\n\nFROM alpine\n# hadolint ignore=DL3025\nCMD node a.js\nCMD node b.js\n',
    });
    assert.deepEqual(execFormLines([], root), [8]);
  });

  it('.hadolint.yaml `ignored` turns a rule off through its alias, and unknown hadolint codes are fine', () => {
    const root = writeTree(tempFolder('hadolint'), { '.hadolint.yaml': 'ignored:\n  - DL3025\n  - DL9999\n', Dockerfile: 'FROM alpine\nCMD node a.js\n' });
    assert.deepEqual(execFormLines([], root), []);
    assert.deepEqual(execFormLines(['--rule', 'DL3025=warning'], root), [2], '--rule wins over the files');
  });

  it('judges API versions against kubernetesVersion in the project file, and --kubernetes-version over it', () => {
    const root = writeTree(tempFolder('kubernetes-version'), {
      '.container-coach.yaml': 'kubernetesVersion: "1.24"\n',
      'cron.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: report\n',
    });
    const removed = (args: string[]): string[] => {
      const run = runCli(['lint', '-f', 'json', '--fail-on', 'none', ...args], root);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as JsonOutput).files.flatMap((file) => file.findings).map((finding) => finding.ruleId).filter((id) => id === 'kubernetes/no-removed-api');
    };
    assert.deepEqual(removed([]), [], 'batch/v1beta1 is still served by 1.24');
    assert.deepEqual(removed(['--kubernetes-version', '1.25']), ['kubernetes/no-removed-api']);
    const bad = runCli(['lint', '--kubernetes-version', 'latest'], root);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--kubernetes-version must be a Kubernetes version such as "1.30"/);
  });

  it('--config names another project file; its folder anchors exclude', () => {
    const root = writeTree(tempFolder('config-file'), {
      'ci/coach.yaml': 'rules:\n  prefer-exec-form: info\nexclude:\n  - vendor/\n',
      'ci/Dockerfile': 'FROM alpine\nCMD node a.js\n',
      'ci/vendor/Dockerfile': 'FROM alpine\nCMD node b.js\n',
      'vendor/Dockerfile': 'FROM alpine\nCMD node c.js\n',
    });
    const run = runCli(['lint', '-f', 'json', '--config', 'ci/coach.yaml'], root);
    const files = (JSON.parse(run.stdout) as JsonOutput).files;
    assert.deepEqual(files.map((file) => file.path), ['ci/Dockerfile', 'vendor/Dockerfile']);
    assert.deepEqual(files.map((file) => file.findings.find((finding) => finding.ruleId === 'dockerfile/prefer-exec-form')?.severity), ['info', 'info']);
  });

  it('a project file naming a rule we do not have is a configuration error', () => {
    const root = writeTree(tempFolder('unknown-rule'), { '.container-coach.yaml': 'rules:\n  dockerfile/no-such-thing: off\n', Dockerfile: 'FROM alpine\n' });
    const run = runCli(['lint'], root);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.container-coach\.yaml: unknown rule `dockerfile\/no-such-thing`/);
  });

  it('a rule off by default runs when the project file or --rule turns it on', () => {
    const root = writeTree(tempFolder('off-by-default'), { Dockerfile: 'FROM alpine:3.23\n# hadolint ignore=DL3018\nRUN apk add --no-cache curl\n' });
    const inlineIgnores = (args: string[]) => {
      const run = runCli(['lint', '-f', 'json', '--fail-on', 'none', ...args], root);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as JsonOutput).files.flatMap((file) => file.findings).filter((finding) => finding.ruleId === 'dockerfile/no-inline-ignore').map((finding) => finding.severity);
    };
    assert.deepEqual(inlineIgnores([]), []);
    assert.deepEqual(inlineIgnores(['--rule', 'DL1001=on']), ['info']);
    writeTree(root, { '.container-coach.yaml': 'rules:\n  no-inline-ignore: warning\n' });
    assert.deepEqual(inlineIgnores([]), ['warning']);
    assert.deepEqual(inlineIgnores(['--rule', 'DL1001=off']), []);
  });

  it('the label schema of .hadolint.yaml, or of the project file, reaches the label rules', () => {
    const root = writeTree(tempFolder('label-schema'), {
      '.hadolint.yaml': 'label-schema:\n  version: semver\n  org.opencontainers.image.source: url\n',
      Dockerfile: 'FROM alpine:3.23\nLABEL version=v1\n',
    });
    const labelFindings = () => {
      const run = runCli(['lint', '-f', 'json', '--fail-on', 'none'], root);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as JsonOutput).files.flatMap((file) => file.findings).map((finding) => finding.ruleId).filter((id) => /label/.test(id)).sort();
    };
    assert.deepEqual(labelFindings(), ['dockerfile/require-label-semver', 'dockerfile/require-schema-labels']);
    writeTree(root, { '.container-coach.yaml': 'labelSchema:\n  version: text\nstrictLabels: true\n' });
    assert.deepEqual(labelFindings(), []);
    writeTree(root, { Dockerfile: 'FROM alpine:3.23\nLABEL version=v1 team=x\n' });
    assert.deepEqual(labelFindings(), ['dockerfile/no-labels-outside-schema']);
  });
});
