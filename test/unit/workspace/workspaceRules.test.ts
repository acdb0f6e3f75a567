import assert from 'node:assert/strict';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { recogniseTarget } from '../../../server/src/targets/index';
import { FolderListing, lintWorkspace, waivedFindings, workspaceModel } from '../../../server/src/workspace/model';
import { workspaceRules } from '../../../server/src/workspace/rules/index';
import { workspaceWaivers } from '../../../server/src/workspace/waivers/index';
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

  it('selects by every label of the selector, within the namespace, among many Services and workloads', () => {
    const labelled = (name: string, labels: string, namespace = '') =>
      deployment.replace('  name: api\n', `  name: ${name}\n${namespace}`).replace('        app: api\n', labels).replace('      app: api\n', labels.replaceAll('        ', '      '));
    const selecting = (name: string, selector: string) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n${selector}  ports:\n    - port: 80\n`;
    const files = {
      'a.yaml': labelled('a', '        app: shop\n        tier: web\n'),
      'b.yaml': labelled('b', '        app: shop\n        tier: db\n'),
      'c.yaml': labelled('c', '        app: shop\n        tier: cache\n', '  namespace: other\n'),
      'services.yaml': [
        selecting('web', '    app: shop\n    tier: web\n'),
        selecting('db', '    tier: db\n    app: shop\n'),
        selecting('cache', '    app: shop\n    tier: cache\n'),
        selecting('queue', '    app: shop\n    tier: queue\n'),
      ].join('---\n'),
    };
    const findings = lint(files);
    assert.deepEqual(summary(findings), [
      'kubernetes/no-service-without-workload services.yaml:28 selector',
      'kubernetes/no-service-without-workload services.yaml:39 selector',
    ]);
    assert.deepEqual(findings.map((finding) => finding.related), [['a.yaml:2', 'b.yaml:2'], ['a.yaml:2', 'b.yaml:2']]);
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

describe('workspace rules: names inside a Compose project', () => {
  it('catches depends_on, networks, named volumes, secrets and configs that nothing defines, pointing at the section', () => {
    const compose =
      'services:\n  api:\n    image: api:1\n    depends_on:\n      - db\n      - cache\n    networks:\n      - back\n      - front\n' +
      '    volumes:\n      - data:/var/lib/data\n      - logs:/var/log\n      - ./src:/src\n    secrets:\n      - token\n      - source: missing\n' +
      '    configs:\n      - app\n  db:\n    image: postgres:16.4\n' +
      'networks:\n  back: {}\nvolumes:\n  data: {}\nsecrets:\n  token:\n    file: ./token.txt\n';
    const findings = lint({ 'compose.yaml': compose }, ['token.txt']);
    assert.deepEqual(summary(findings), [
      'compose/no-undefined-reference compose.yaml:6 cache',
      'compose/no-undefined-reference compose.yaml:9 front',
      'compose/no-undefined-reference compose.yaml:12 logs',
      'compose/no-undefined-reference compose.yaml:16 missing',
      'compose/no-undefined-reference compose.yaml:18 app',
    ]);
    assert.deepEqual(findings.map((finding) => finding.related), [['compose.yaml:1'], ['compose.yaml:21'], ['compose.yaml:23'], ['compose.yaml:25'], []]);
    assert.match(findings[0]!.message, /Service `api` depends on `cache`, which no Compose file of this folder defines\./);
  });

  it('counts definitions of the other Compose files of the folder, the default network and optional dependencies', () => {
    const compose =
      'services:\n  api:\n    image: api:1\n    depends_on:\n      db:\n        condition: service_started\n      cache:\n        required: false\n' +
      '    networks: [default, back]\n    volumes:\n      - type: volume\n        source: data\n        target: /data\n';
    const override = 'services:\n  db:\n    image: postgres:16.4\nnetworks:\n  back: {}\nvolumes:\n  data: {}\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': compose, 'compose.override.yaml': override })), []);
    assert.deepEqual(summary(lint({ 'compose.yaml': compose, 'other/compose.override.yaml': override })), [
      'compose/no-undefined-reference compose.yaml:5 db',
      'compose/no-undefined-reference compose.yaml:9 back',
      'compose/no-undefined-reference compose.yaml:12 data',
    ]);
  });

  it('does not catch names of a project that includes other files, variables, or networks of a network_mode service', () => {
    const included = 'include:\n  - ./db/compose.yaml\nservices:\n  api:\n    image: api:1\n    depends_on: [db]\n';
    const variables = 'services:\n  api:\n    image: api:1\n    network_mode: host\n    networks: [back]\n    volumes:\n      - ${DATA}:/data\n    secrets: ["${TOKEN}"]\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': included })), []);
    assert.deepEqual(summary(lint({ 'compose.yaml': variables })), []);
  });
});

describe('workspace rules: files a Compose file reads', () => {
  it('catches a missing extends.file and secret or config file; does not catch existing ones', () => {
    const compose =
      'services:\n  api:\n    extends:\n      file: ./base.yaml\n      service: api\n  web:\n    extends:\n      file: common.yaml\n      service: web\n' +
      'secrets:\n  token:\n    file: ./secrets/token.txt\n  other:\n    environment: TOKEN\nconfigs:\n  app:\n    file: ./app.conf\n';
    const findings = lint({ 'compose.yaml': compose }, ['common.yaml', 'secrets/key.txt']);
    assert.deepEqual(summary(findings), [
      'compose/no-missing-referenced-file compose.yaml:4 ./base.yaml',
      'compose/no-missing-referenced-file compose.yaml:12 ./secrets/token.txt',
      'compose/no-missing-referenced-file compose.yaml:17 ./app.conf',
    ]);
    assert.equal(findings[0]!.message, 'The file service `api` extends, `./base.yaml`, does not exist.');
    assert.deepEqual(summary(lint({ 'compose.yaml': compose }, ['common.yaml', 'base.yaml', 'secrets/token.txt', 'app.conf'])), []);
  });
});

describe('workspace rules: ports a built image exposes', () => {
  const dockerfile = 'FROM node:22 AS build\nEXPOSE 9229\nFROM node:22-slim\nEXPOSE 3000 8000-8010/tcp\nCMD ["node", "server.js"]\n';

  it('catches a published container port the final stage does not expose, pointing at its EXPOSE', () => {
    const compose = 'services:\n  api:\n    build: .\n    ports:\n      - "8080:3000"\n      - "9229:9229"\n      - 8005\n      - target: 4000\n        published: 4000\n';
    const findings = lint({ 'compose.yaml': compose, Dockerfile: dockerfile });
    assert.deepEqual(summary(findings), ['compose/no-unexposed-published-port compose.yaml:6 "9229:9229"', 'compose/no-unexposed-published-port compose.yaml:8 target: 4000\n        published: 4000']);
    assert.deepEqual(findings[0]!.related, ['Dockerfile:4']);
    assert.match(findings[0]!.message, /publishes container port `9229`, which its Dockerfile does not expose \(it exposes `3000`, `8000-8010\/tcp`\)/);
  });

  it('follows build.target and does not catch a Dockerfile that exposes nothing or a variable', () => {
    const target = 'services:\n  api:\n    build:\n      context: .\n      target: build\n    ports:\n      - "9229:9229"\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': target, Dockerfile: dockerfile })), []);
    const compose = 'services:\n  api:\n    build: .\n    ports:\n      - "8080:8080"\n';
    assert.deepEqual(summary(lint({ 'compose.yaml': compose, Dockerfile: 'FROM nginx:1.27\nCOPY . /usr/share/nginx/html\n' })), []);
    assert.deepEqual(summary(lint({ 'compose.yaml': compose, Dockerfile: 'FROM node:22\nARG PORT=3000\nEXPOSE $PORT\n' })), []);
  });
});

describe('workspace rules: a Compose user over the image\'s USER', () => {
  const dockerfile = 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim AS runtime\nRUN useradd --system --no-log-init app\nUSER app\nCMD ["node", "server.js"]\n';
  const service = (user: string, build = 'build: .') => `services:\n  api:\n    ${build}\n    user: ${user}\n`;
  const ids = (files: Record<string, string>, others: string[] = []) => summary(lint(files, others)).filter((line) => line.startsWith('compose/no-root-user-override '));

  it('catches root in every spelling over a non-root USER of the final stage, pointing at the USER', () => {
    const findings = lint({ 'compose.yaml': service('root'), Dockerfile: dockerfile }).filter((finding) => finding.ruleId === 'compose/no-root-user-override');
    assert.deepEqual(summary(findings), ['compose/no-root-user-override compose.yaml:4 root']);
    assert.deepEqual(findings[0]!.related, ['Dockerfile:5']);
    assert.equal(findings[0]!.message, 'Service `api` runs as `root`, which undoes `USER app` of the Dockerfile it builds: the image drops root and the Compose file gives it back.');
    for (const user of ['0', '"0:0"', 'root:root', '"0:1000"']) {
      assert.deepEqual(ids({ 'compose.yaml': service(user), Dockerfile: dockerfile }), [`compose/no-root-user-override compose.yaml:4 ${user}`], user);
    }
  });

  it('follows build.target and inherits the USER of an earlier stage of the chain', () => {
    const target = 'build:\n      context: ./api\n      target: runtime';
    const staged = 'FROM node:22-slim AS base\nUSER 10001:10001\nFROM base AS runtime\nCMD ["node", "server.js"]\nFROM base AS debug\nUSER root\n';
    assert.deepEqual(ids({ 'compose.yaml': service('root', target), 'api/Dockerfile': staged }), ['compose/no-root-user-override compose.yaml:6 root']);
    assert.deepEqual(ids({ 'compose.yaml': service('root', target.replace('runtime', 'debug')), 'api/Dockerfile': staged }), []);
  });

  it('does not catch variables, unprivileged users, an image without USER or with USER root, nor a Dockerfile it cannot see', () => {
    for (const user of ['"${UID}:${GID}"', '"${APP_USER:-0}"', '"1000:1000"', 'app', 'node']) {
      assert.deepEqual(ids({ 'compose.yaml': service(user), Dockerfile: dockerfile }), [], user);
    }
    assert.deepEqual(ids({ 'compose.yaml': service('root'), Dockerfile: 'FROM node:22-slim\nCMD ["node", "server.js"]\n' }), []);
    assert.deepEqual(ids({ 'compose.yaml': service('root'), Dockerfile: 'FROM node:22-slim\nUSER app\nRUN npm ci\nUSER 0\n' }), []);
    assert.deepEqual(ids({ 'compose.yaml': service('root'), Dockerfile: 'FROM node:22-slim\nARG APP_UID=10001\nUSER ${APP_UID}\n' }), []);
    assert.deepEqual(ids({ 'compose.yaml': service('root', 'image: example/api:1.0'), Dockerfile: dockerfile }), []);
    assert.deepEqual(ids({ 'compose.yaml': service('root', 'build: ./elsewhere'), Dockerfile: dockerfile }, ['elsewhere/Dockerfile']), []);
  });
});

describe('workspace rules: Kubernetes references by name and by labels', () => {
  const workload = (name: string, extra = '') =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n` +
    `    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: ${name}\n          image: ${name}:1.2.3\n` +
    `          ports:\n            - name: http\n              containerPort: 8080\n${extra}`;
  const service = (selector: string, targetPort: string) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: ${selector}\n  ports:\n    - port: 80\n      targetPort: ${targetPort}\n`;

  it('catches a targetPort no selected container declares, by name or (when they list ports) by number', () => {
    const byName = lint({ 'deployment.yaml': workload('api'), 'service.yaml': service('api', 'web') });
    assert.deepEqual(summary(byName), ['kubernetes/no-unknown-target-port service.yaml:10 web']);
    assert.deepEqual(byName[0]!.related, ['deployment.yaml:2']);
    assert.deepEqual(summary(lint({ 'deployment.yaml': workload('api'), 'service.yaml': service('api', '80') })), ['kubernetes/no-unknown-target-port service.yaml:10 80']);
  });

  it('does not catch a declared targetPort, a number for containers that list no ports, or a Service selecting nothing', () => {
    assert.deepEqual(summary(lint({ 'deployment.yaml': workload('api'), 'service.yaml': service('api', 'http') })), []);
    assert.deepEqual(summary(lint({ 'deployment.yaml': workload('api'), 'service.yaml': service('api', '8080') })), []);
    const noPorts = workload('api').replace(/ {10}ports:\n.*\n.*\n/, '');
    assert.deepEqual(summary(lint({ 'deployment.yaml': noPorts, 'service.yaml': service('api', '9090') })), []);
    assert.deepEqual(summary(lint({ 'service.yaml': service('api', 'web') })), []);
  });

  const ingress =
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  defaultBackend:\n    service:\n      name: api\n      port:\n        number: 80\n' +
    '  rules:\n    - http:\n        paths:\n          - path: /admin\n            pathType: Prefix\n            backend:\n              service:\n                name: admin\n                port:\n                  number: 80\n';

  it('catches an Ingress backend naming no Service of its namespace, pointing at the Services', () => {
    const findings = lint({ 'ingress.yaml': ingress, 'service.yaml': service('api', 'http') });
    assert.deepEqual(summary(findings), ['kubernetes/no-ingress-without-service ingress.yaml:18 admin']);
    assert.deepEqual(findings[0]!.related, ['service.yaml:2']);
  });

  it('does not catch an Ingress when the namespace defines no Service, or its Services are in another namespace', () => {
    assert.deepEqual(summary(lint({ 'ingress.yaml': ingress })), []);
    assert.deepEqual(summary(lint({ 'ingress.yaml': ingress.replace('  name: web\n', '  name: web\n  namespace: edge\n'), 'service.yaml': service('api', 'http') })), []);
  });

  const hpa = (kind: string, name: string) =>
    `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: ${kind}\n    name: ${name}\n  minReplicas: 2\n  maxReplicas: 5\n`;

  it('catches an autoscaler whose scaleTargetRef names no workload of that kind, and not one that does', () => {
    const findings = lint({ 'deployment.yaml': workload('api'), 'hpa.yaml': hpa('Deployment', 'apii') });
    assert.deepEqual(summary(findings), ['kubernetes/no-autoscaler-without-target hpa.yaml:9 apii']);
    assert.deepEqual(findings[0]!.related, ['deployment.yaml:2']);
    assert.deepEqual(summary(lint({ 'deployment.yaml': workload('api'), 'hpa.yaml': hpa('Deployment', 'api') })), []);
    assert.deepEqual(summary(lint({ 'deployment.yaml': workload('api'), 'hpa.yaml': hpa('StatefulSet', 'db') })), []);
  });

  it('lists the partners nearest first: the same folder before others', () => {
    const findings = lint({ 'a/deployment.yaml': workload('web'), 'b/api/hpa.yaml': hpa('Deployment', 'apii'), 'b/api/deployment.yaml': workload('worker') });
    assert.deepEqual(findings[0]!.related, ['b/api/deployment.yaml:2', 'a/deployment.yaml:2']);
    assert.match(findings[0]!.message, /the workspace defines `worker`, `web`\./);
  });

  const pdb = (labels: string) => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n${labels}`;
  const policy = (labels: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\nspec:\n  podSelector:\n    matchLabels:\n${labels}  policyTypes: [Ingress]\n`;

  it('catches a PodDisruptionBudget or NetworkPolicy selecting no workload, pointing at the workloads', () => {
    const findings = lint({ 'deployment.yaml': workload('api'), 'pdb.yaml': pdb('      app: apy\n'), 'policy.yaml': policy('      app: web\n') });
    assert.deepEqual(summary(findings), ['kubernetes/no-unmatched-selector pdb.yaml:7 selector', 'kubernetes/no-unmatched-selector policy.yaml:6 podSelector']);
    assert.deepEqual(findings.map((finding) => finding.related), [['deployment.yaml:2'], ['deployment.yaml:2']]);
    assert.match(findings[0]!.message, /PodDisruptionBudget `api` protects no pods/);
  });

  it('does not catch matching, empty or expression selectors, nor a namespace without workloads', () => {
    const expressions = pdb('      app: apy\n').replace('    matchLabels:\n      app: apy\n', '    matchExpressions:\n      - { key: app, operator: In, values: [api] }\n');
    assert.deepEqual(summary(lint({ 'deployment.yaml': workload('api'), 'pdb.yaml': pdb('      app: api\n'), 'e.yaml': expressions, 'policy.yaml': policy('      {}\n') })), []);
    assert.deepEqual(summary(lint({ 'pdb.yaml': pdb('      app: apy\n') })), []);
  });

  const refs =
    '          envFrom:\n            - configMapRef:\n                name: api-config\n            - secretRef:\n                name: api-secrett\n' +
    '          env:\n            - name: TOKEN\n              valueFrom:\n                secretKeyRef:\n                  name: vault-token\n                  key: token\n' +
    '            - name: FLAG\n              valueFrom:\n                configMapKeyRef:\n                  name: flags\n                  key: flag\n                  optional: true\n' +
    '      volumes:\n        - name: conf\n          configMap:\n            name: api-conf\n        - name: tls\n          secret:\n            secretName: api-tls\n';
  const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: b\n`;
  const secret = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\nstringData:\n  a: b\n`;

  it('catches missing ConfigMaps when the namespace defines others, and Secrets only as near misses of a defined one', () => {
    const findings = lint({ 'deployment.yaml': workload('api', refs), 'config.yaml': configMap('api-config'), 'secret.yaml': secret('api-secret') });
    assert.deepEqual(summary(findings), [
      'kubernetes/no-undefined-config-reference deployment.yaml:24 api-secrett',
      'kubernetes/no-undefined-config-reference deployment.yaml:40 api-conf',
    ]);
    assert.deepEqual(findings.map((finding) => finding.related), [['secret.yaml:2'], ['config.yaml:2']]);
    assert.match(findings[0]!.message, /No Secret `api-secrett` is defined in this namespace; did you mean `api-secret`\?/);
  });

  it('does not catch references when the namespace defines none of the kind, optional ones, or generated ones', () => {
    assert.deepEqual(summary(lint({ 'deployment.yaml': workload('api', refs) })), []);
    const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nconfigMapGenerator:\n  - name: api-conf\n    files: [app.conf]\n';
    assert.deepEqual(
      summary(lint({ 'deployment.yaml': workload('api', refs), 'config.yaml': configMap('api-config'), 'kustomization.yaml': kustomization })).filter((each) => each.includes('config-reference')),
      [],
    );
  });
});

describe('workspace waivers: a HEALTHCHECK in the built image', () => {
  function waived(files: Record<string, string>): string[] {
    const listing = new FolderListing();
    listing.record(ROOT, Object.keys(files));
    const analyses = Object.entries(files).map(([path, text]) => {
      const uri = pathToFileURL(`${ROOT}/${path}`).href;
      return recogniseTarget(uri, '', text)!.analyse(TextDocument.create(uri, '', 1, text), { maxFileSize: 1 << 20 });
    });
    const isWaived = waivedFindings(workspaceModel(analyses, listing), workspaceWaivers);
    return analyses.flatMap(({ document, result }) =>
      result.findings
        .filter((finding) => finding.rule.id === 'compose/require-healthcheck' && isWaived(document.uri, finding.rule.id, document.getText(finding.range)))
        .map((finding) => `${finding.range.start.line + 1} ${document.getText(finding.range)}`),
    );
  }
  const compose = 'services:\n  api:\n    build: .\n  worker:\n    build:\n      context: .\n      target: build\n  db:\n    image: postgres:16.4\n';

  it('satisfies require-healthcheck for a service built from a Dockerfile whose final stage has a HEALTHCHECK', () => {
    const dockerfile = 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim\nHEALTHCHECK CMD curl -f http://localhost:3000/ || exit 1\n';
    assert.deepEqual(waived({ 'compose.yaml': compose, Dockerfile: dockerfile }), ['2 api']);
  });

  it('inherits a HEALTHCHECK from an earlier stage, and not HEALTHCHECK NONE or a missing Dockerfile', () => {
    assert.deepEqual(waived({ 'compose.yaml': compose, Dockerfile: 'FROM node:22 AS build\nHEALTHCHECK CMD true\nFROM build AS runtime\n' }), ['2 api', '4 worker']);
    assert.deepEqual(waived({ 'compose.yaml': compose, Dockerfile: 'FROM node:22 AS build\nHEALTHCHECK CMD true\nFROM build\nHEALTHCHECK NONE\n' }), ['4 worker']);
    assert.deepEqual(waived({ 'compose.yaml': compose }), []);
  });
});
