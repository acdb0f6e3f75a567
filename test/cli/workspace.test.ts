import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFolder, writeTree } from './cli';

const COMPOSE =
  'services:\n  api:\n    image: registry.example.com/api:1.2.3\n    build:\n      context: ./api\n      target: prod\n    env_file: missing.env\n';
const DOCKERFILE = 'FROM node:22.11.0-slim AS build\nRUN npm ci\nFROM node:22.11.0-slim AS runtime\nUSER node\nCMD ["node", "server.js"]\n';

function project(): string {
  return writeTree(tempFolder('workspace'), { 'compose.yaml': COMPOSE, 'api/Dockerfile': DOCKERFILE, '.gitignore': 'secret.env\n' });
}

type JsonFinding = { ruleId: string; range: { start: { line: number } }; related?: { path: string; range: { start: { line: number } }; message: string }[] };

describe('cli: findings across files', () => {
  it('json: a build target that names no stage, with the Dockerfile as `related`; a missing env_file', () => {
    const run = runCli(['lint', '--format', 'json'], project());
    const output = JSON.parse(run.stdout) as { files: { path: string; findings: JsonFinding[] }[] };
    const compose = output.files.find((file) => file.path === 'compose.yaml')!;
    const cross = compose.findings.filter((finding) => /no-unknown-build-target|no-missing-env-file|no-missing-build-path/.test(finding.ruleId));
    assert.deepEqual(
      cross.map((finding) => [finding.ruleId, finding.range.start.line, finding.related]),
      [
        ['compose/no-unknown-build-target', 6, [{ path: 'api/Dockerfile', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 32 } }, message: 'The Dockerfile the service builds.' }]],
        ['compose/no-missing-env-file', 7, undefined],
      ],
    );
  });

  it('sarif: the partner file as a relatedLocation', () => {
    const run = runCli(['lint', '--format', 'sarif'], project());
    const log = JSON.parse(run.stdout) as { runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const result = log.runs[0]!.results.find((each) => each.ruleId === 'compose/no-unknown-build-target')!;
    assert.deepEqual(
      result.relatedLocations!.map((location) => [location.physicalLocation.artifactLocation.uri, location.physicalLocation.region.startLine]),
      [['api/Dockerfile', 1]],
    );
  });

  it('does not report a gitignored env_file that exists, nor anything when the partner is present', () => {
    const root = writeTree(tempFolder('workspace-clean'), {
      'compose.yaml': COMPOSE.replace('prod', 'runtime').replace('missing.env', 'secret.env'),
      'api/Dockerfile': DOCKERFILE,
      '.gitignore': 'secret.env\n',
      'secret.env': 'TOKEN=x\n',
    });
    const run = runCli(['lint', '--format', 'json'], root);
    const output = JSON.parse(run.stdout) as { files: { findings: JsonFinding[] }[] };
    assert.deepEqual(output.files.flatMap((file) => file.findings).filter((finding) => finding.related || /env-file|build-/.test(finding.ruleId)), []);
  });

  it('--fix leaves cross-file findings for a person to resolve', () => {
    const root = project();
    const run = runCli(['lint', '--fix', '--format', 'json'], root);
    const output = JSON.parse(run.stdout) as { files: { path: string; findings: (JsonFinding & { fixable: boolean })[] }[] };
    const target = output.files.find((file) => file.path === 'compose.yaml')!.findings.find((finding) => finding.ruleId === 'compose/no-unknown-build-target')!;
    assert.equal(target.fixable, false);
  });
});

describe('cli: findings across files, in text and across targets', () => {
  it('text: a cross-file finding shows its related location on the next line', () => {
    const run = runCli(['lint', '--format', 'text'], project());
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith('compose.yaml:6:15 error compose/no-unknown-build-target '));
    assert.ok(at >= 0, run.stdout);
    assert.equal(lines[at + 1], '  related: api/Dockerfile:1:1 The Dockerfile the service builds.');
  });

  it('github: a cross-file annotation names its related location on a line of its message', () => {
    const run = runCli(['lint', '--format', 'github'], project());
    const line = run.stdout.split('\n').find((each) => each.includes('title=compose/no-unknown-build-target'));
    assert.ok(line, run.stdout);
    assert.match(line, /^::error file=compose\.yaml,line=6,col=15,endLine=6,endColumn=19,title=compose\/no-unknown-build-target::.*%0Arelated: api\/Dockerfile:1:1 The Dockerfile the service builds\.$/);
  });

  it('json: a Kubernetes Ingress naming no Service of another file, with the Service as `related`', () => {
    const root = writeTree(tempFolder('workspace-kubernetes'), {
      'k8s/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 80\n',
      'k8s/ingress.yaml':
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  defaultBackend:\n    service:\n      name: apii\n      port:\n        number: 80\n',
    });
    const output = JSON.parse(runCli(['lint', '--format', 'json'], root).stdout) as { files: { path: string; findings: JsonFinding[] }[] };
    const finding = output.files.find((file) => file.path === 'k8s/ingress.yaml')!.findings.find((each) => each.ruleId === 'kubernetes/no-ingress-without-service')!;
    assert.deepEqual([finding.range.start.line, finding.related], [9, [{ path: 'k8s/service.yaml', range: { start: { line: 2, column: 7 }, end: { line: 2, column: 14 } }, message: 'Service api' }]]);
  });

  it('json and sarif: user: root over the Dockerfile\'s USER, with the USER line as the related location', () => {
    const root = writeTree(tempFolder('workspace-root-user'), {
      'compose.yaml': 'services:\n  api:\n    image: registry.example.com/api:1.2.3\n    build: ./api\n    user: root\n',
      'api/Dockerfile': DOCKERFILE,
    });
    const output = JSON.parse(runCli(['lint', '--format', 'json'], root).stdout) as { files: { path: string; findings: JsonFinding[] }[] };
    const finding = output.files.find((file) => file.path === 'compose.yaml')!.findings.find((each) => each.ruleId === 'compose/no-root-user-override')!;
    assert.deepEqual(
      [finding.range, finding.related],
      [{ start: { line: 5, column: 11 }, end: { line: 5, column: 15 } }, [{ path: 'api/Dockerfile', range: { start: { line: 4, column: 1 }, end: { line: 4, column: 10 } }, message: 'The unprivileged user the image runs as.' }]],
    );
    const log = JSON.parse(runCli(['lint', '--format', 'sarif'], root).stdout) as { runs: { results: { ruleId: string; level: string; relatedLocations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    const result = log.runs[0]!.results.find((each) => each.ruleId === 'compose/no-root-user-override')!;
    assert.deepEqual(
      [result.level, result.relatedLocations!.map((location) => [location.physicalLocation.artifactLocation.uri, location.physicalLocation.region.startLine])],
      ['warning', [['api/Dockerfile', 4]]],
    );
  });

  const HEALTHY = { 'compose.yaml': 'services:\n  api:\n    image: registry.example.com/api:1.2.3\n    build: ./api\n', 'api/Dockerfile': `${DOCKERFILE}HEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\n` };

  it('does not report require-healthcheck for a service whose Dockerfile has a HEALTHCHECK, and still does without it', () => {
    const ruleIds = (root: string) =>
      (JSON.parse(runCli(['lint', '--format', 'json'], root).stdout) as { files: { path: string; findings: JsonFinding[] }[] }).files
        .find((file) => file.path === 'compose.yaml')!
        .findings.map((finding) => finding.ruleId);
    assert.ok(!ruleIds(writeTree(tempFolder('workspace-healthy'), HEALTHY)).includes('compose/require-healthcheck'));
    assert.ok(ruleIds(writeTree(tempFolder('workspace-unhealthy'), { ...HEALTHY, 'api/Dockerfile': DOCKERFILE })).includes('compose/require-healthcheck'));
  });

  it('--fix --unsafe-fixes does not add a healthcheck the built image already has', () => {
    const root = writeTree(tempFolder('workspace-healthy-fix'), HEALTHY);
    runCli(['lint', '--fix', '--unsafe-fixes', '--format', 'json'], root);
    assert.ok(!readFileSync(join(root, 'compose.yaml'), 'utf8').includes('healthcheck'));
  });
});
