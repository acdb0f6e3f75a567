import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintedPaths, runCli, tempFolder, writeTree } from './cli';

const DOCKERFILE = 'FROM alpine\nCMD ["true"]\n';
const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
const COMPOSE = 'services:\n  web:\n    image: nginx\n';

/** A repository (it has `.git`) with files we lint, files we do not, and ignores at several levels. */
function repository(): string {
  const root = tempFolder('repo');
  mkdirSync(join(root, '.git'));
  return writeTree(root, {
    '.gitignore': 'build/\n*.generated.yaml\n',
    '.container-coach.yaml': 'exclude:\n  - legacy/\n',
    Dockerfile: DOCKERFILE,
    'Containerfile.dev': DOCKERFILE,
    'api/api.Dockerfile': DOCKERFILE,
    'api/compose.yaml': COMPOSE,
    'deploy/web.yaml': DEPLOYMENT,
    'deploy/app.generated.yaml': DEPLOYMENT,
    'deploy/values.yaml': 'replicas: 3\nimage: nginx\n',
    'docs/.gitignore': 'private/\n',
    'docs/private/Dockerfile': DOCKERFILE,
    'docs/public/Dockerfile': DOCKERFILE,
    'build/Dockerfile': DOCKERFILE,
    'legacy/Dockerfile': DOCKERFILE,
    'node_modules/pkg/Dockerfile': DOCKERFILE,
    '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n',
    'README.md': '# demo\n',
  });
}

describe('cli: finding the files', () => {
  it('with no path: Dockerfiles, Compose files and manifests by name and content, minus .gitignore, exclude and node_modules', () => {
    const run = runCli(['lint', '-f', 'json'], repository());
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(lintedPaths(run), ['Containerfile.dev', 'Dockerfile', 'api/api.Dockerfile', 'api/compose.yaml', 'deploy/web.yaml', 'docs/public/Dockerfile']);
  });

  it('from a subfolder, the repository root .gitignore still applies', () => {
    const root = repository();
    writeTree(root, { 'deploy/more.generated.yaml': DEPLOYMENT });
    const run = runCli(['lint', '-f', 'json'], join(root, 'deploy'));
    assert.deepEqual(lintedPaths(run), ['web.yaml']);
  });

  it('a folder argument is walked with the same ignores', () => {
    const run = runCli(['lint', '-f', 'json', 'docs', 'deploy'], repository());
    assert.deepEqual(lintedPaths(run), ['deploy/web.yaml', 'docs/public/Dockerfile']);
  });

  it('globs (expanded by us, not the shell) pick recognised files and respect the ignores', () => {
    const run = runCli(['lint', '-f', 'json', '**/*.yaml', '**/*Dockerfile'], repository());
    assert.deepEqual(lintedPaths(run), ['Dockerfile', 'api/api.Dockerfile', 'api/compose.yaml', 'deploy/web.yaml', 'docs/public/Dockerfile']);
  });

  it('a file named explicitly is linted even when ignored; one we do not recognise is a note', () => {
    const run = runCli(['lint', '-f', 'json', 'build/Dockerfile', 'deploy/values.yaml'], repository());
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(lintedPaths(run), ['build/Dockerfile']);
    assert.equal(run.stderr, 'deploy/values.yaml: note: not a Dockerfile, Compose file or Kubernetes manifest\n');
  });

  it('--kind lints every file found as that kind, whatever its name', () => {
    const root = writeTree(tempFolder('kind'), { 'images/web.docker': 'FROM alpine\nCMD node server.js\n', 'images/worker.txt': DOCKERFILE });
    const run = runCli(['lint', '-f', 'json', '--kind', 'dockerfile', 'images'], root);
    assert.deepEqual(lintedPaths(run), ['images/web.docker', 'images/worker.txt']);
    const findings = (JSON.parse(run.stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0]!.findings.map((finding) => finding.ruleId);
    assert.ok(findings.includes('dockerfile/prefer-exec-form'), findings.join());
  });

  it('the same file named twice is linted once', () => {
    const run = runCli(['lint', '-f', 'json', 'Dockerfile', './Dockerfile', '*Dockerfile'], repository());
    assert.deepEqual(lintedPaths(run), ['Dockerfile']);
  });
});
