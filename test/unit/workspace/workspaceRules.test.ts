import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { recogniseTarget } from '../../../server/src/targets/index';
import { FolderListing, lintWorkspace, workspaceModel } from '../../../server/src/workspace/model';
import { workspaceRules } from '../../../server/src/workspace/rules/index';
import type { Analysis } from '../../../server/src/engine/lint';

const ROOT = '/ws';

/**
 * Lints files given by path (relative to /ws) as one workspace. `others` are files that exist but are not
 * analysed (an env file, a folder's content). Every folder that holds a file is listed.
 */
function lint(files: Record<string, string>, others: string[] = []): { uri: string; line: number; text: string; ruleId: string; message: string; related: string[] }[] {
  const listing = new FolderListing();
  const paths = [...Object.keys(files), ...others].map((path) => `${ROOT}/${path}`);
  const folders = new Map<string, Set<string>>([[ROOT, new Set()]]);
  for (const path of paths) {
    for (let child = path, folder = dirname(path); child !== ROOT; child = folder, folder = dirname(folder)) {
      const names = folders.get(folder) ?? new Set();
      names.add(child.slice(folder.length + 1));
      folders.set(folder, names);
    }
  }
  for (const [folder, names] of folders) listing.record(folder, names);
  const analyses = new Map<string, Analysis>();
  for (const [path, text] of Object.entries(files)) {
    const uri = pathToFileURL(`${ROOT}/${path}`).href;
    const document = TextDocument.create(uri, '', 1, text);
    const target = recogniseTarget(uri, '', text);
    assert.ok(target, `${path} is recognised`);
    analyses.set(uri, target.analyse(document, { maxFileSize: 1 << 20 }));
  }
  const failures: string[] = [];
  const byUri = lintWorkspace(workspaceModel(analyses.values(), listing), workspaceRules, (uri) => analyses.get(uri), (ruleId) => failures.push(ruleId));
  assert.deepEqual(failures, []);
  return [...byUri].flatMap(([uri, findings]) =>
    findings.map((finding) => ({
      uri: uri.slice(`file://${ROOT}/`.length),
      line: finding.range.start.line + 1,
      text: analyses.get(uri)!.document.getText(finding.range),
      ruleId: finding.rule.id,
      message: finding.message,
      related: (finding.related ?? []).map((related) => `${related.uri.slice(`file://${ROOT}/`.length)}:${related.range.start.line + 1}`),
    })),
  );
}

const summary = (findings: ReturnType<typeof lint>) => findings.map(({ uri, line, text, ruleId }) => `${ruleId} ${uri}:${line} ${text}`);

describe('workspace rules: Compose ↔ Dockerfile', () => {
  const dockerfile = 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim AS runtime\nCMD ["node", "server.js"]\n';

  it('catches a build context that does not exist, and a Dockerfile missing from an existing context', () => {
    const compose = 'services:\n  api:\n    build: ./api\n  web:\n    build:\n      context: ./web\n      dockerfile: Dockerfile.prod\n  ok:\n    build: ./ok\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': compose, 'web/Dockerfile': dockerfile, 'ok/Dockerfile': dockerfile })), [
      'compose/no-missing-build-path compose.yaml:3 ./api',
      'compose/no-missing-build-path compose.yaml:7 Dockerfile.prod',
    ]);
  });

  it('catches a context without the default Dockerfile, and does not catch inline Dockerfiles, URLs or variables', () => {
    const compose =
      'services:\n  a:\n    build: ./a\n  b:\n    build:\n      context: ./b\n      dockerfile_inline: |\n        FROM alpine:3.20\n' +
      '  c:\n    build: https://github.com/example/app.git#main\n  d:\n    build: ${APP_DIR}\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': compose }, ['a/README.md', 'b/app.js'])), ['compose/no-missing-build-path compose.yaml:3 ./a']);
  });

  it('stays silent when the folder around the path was never listed (unknown is not absent)', () => {
    const listing = new FolderListing();
    assert.equal(listing.exists('/elsewhere/Dockerfile'), undefined);
    listing.record('/elsewhere', ['app']);
    assert.equal(listing.exists('/elsewhere/Dockerfile'), false);
    assert.equal(listing.exists('/elsewhere/app'), true);
  });

  it('catches a build target that names no stage, pointing at the Dockerfile; does not catch a stage it defines', () => {
    const compose =
      'services:\n  api:\n    build:\n      context: .\n      target: prod\n  worker:\n    build:\n      context: .\n      target: Runtime\n';
    const findings = lint({ 'compose.yaml': compose, Dockerfile: dockerfile });
    assert.deepEqual(summary(findings), ['compose/no-unknown-build-target compose.yaml:5 prod']);
    assert.match(findings[0]!.message, /its stages are `build`, `runtime`/);
    assert.deepEqual(findings[0]!.related, ['Dockerfile:1']);
  });

  it('does not catch a target when the Dockerfile is not in the workspace', () => {
    const compose = 'services:\n  api:\n    build:\n      context: ./api\n      target: prod\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': compose }, ['api/Dockerfile'])), []);
  });

  it('catches an env_file that does not exist, unless it is optional', () => {
    const compose =
      'services:\n  api:\n    image: api:1\n    env_file:\n      - .env\n      - ./config/missing.env\n      - path: ./local.env\n        required: false\n' +
      '  web:\n    image: web:1\n    env_file: web.env\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': compose }, ['.env', 'config/app.env'])), [
      'compose/no-missing-env-file compose.yaml:6 ./config/missing.env',
      'compose/no-missing-env-file compose.yaml:11 web.env',
    ]);
  });

  it('honours an ignore comment on the Compose file', () => {
    const compose = 'services:\n  api:\n    # container-coach ignore=compose/no-missing-env-file\n    env_file: .env\n    image: api:1\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': compose })), []);
  });
});

describe('workspace rules: Kubernetes objects across files', () => {
  const deployment =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n' +
    '    metadata:\n      labels:\n        app: api\n    spec:\n      serviceAccountName: api\n      containers:\n        - name: api\n          image: api:1.2.3\n';
  const service = (app: string) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    app: ${app}\n  ports:\n    - port: 80\n`;

  it('catches a Service whose selector matches no workload of another file, pointing at the workloads', () => {
    const findings = lint({ 'k8s/deployment.yaml': deployment, 'k8s/service.yaml': service('web') });
    assert.deepEqual(summary(findings), ['kubernetes/no-service-without-workload k8s/service.yaml:6 selector']);
    assert.deepEqual(findings[0]!.related, ['k8s/deployment.yaml:2']);
  });

  it('does not catch a Service that selects a workload of another file, nor one where the workspace has no workload', () => {
    assert.deepEqual(summary(lint({ 'k8s/deployment.yaml': deployment, 'k8s/service.yaml': service('api') })), []);
    assert.deepEqual(summary(lint({ 'k8s/service.yaml': service('web') })), []);
  });

  it('compares within a namespace', () => {
    const other = service('api').replace('  name: api\n', '  name: api\n  namespace: other\n');
    assert.deepEqual(summary(lint({ 'deployment.yaml': deployment, 'service.yaml': other })), []);
  });

  it('catches a serviceAccountName that no ServiceAccount defines, only when the namespace defines some', () => {
    const accounts = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: worker\n';
    const findings = lint({ 'deployment.yaml': deployment, 'accounts.yaml': accounts });
    assert.deepEqual(summary(findings), ['kubernetes/no-undefined-service-account deployment.yaml:14 api']);
    assert.deepEqual(findings[0]!.related, ['accounts.yaml:2']);
    assert.deepEqual(summary(lint({ 'deployment.yaml': deployment })), []);
    assert.deepEqual(summary(lint({ 'deployment.yaml': deployment, 'accounts.yaml': accounts.replace('worker', 'api') })), []);
  });
});
