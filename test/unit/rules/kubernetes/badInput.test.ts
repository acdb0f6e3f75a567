import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../../../../server/src/engine/lint';
import { kubernetes } from '../../../../server/src/targets/kubernetes/index';

/** Manifests with the wrong shapes in every place a rule looks: no rule may throw. */
const NASTY = [
  'apiVersion: v1\nkind: Pod\nspec:\n',
  'apiVersion: v1\nkind: Pod\nspec: 3\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  containers: nginx\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    -\n    - 42\n    - [a, b]\n    - name: [x]\n      image: {a: 1}\n      securityContext: []\n      env: {A: b}\n      ports: 80\n      resources: {requests: 1, limits: [1]}\n      livenessProbe: {httpGet: {port: [1]}}\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  securityContext: {runAsUser: "0", seccompProfile: {type: [x]}, supplementalGroups: {a: 0}}\n  volumes: [{hostPath: null}, {hostPath: {path: 7}}, null]\n  containers:\n    - name: a\n      securityContext: {capabilities: {add: SYS_ADMIN, drop: ALL}, privileged: [true]}\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: []\nspec:\n  replicas: many\n  selector: {matchLabels: [app]}\n  template:\n    metadata: {labels: null}\n    spec:\n      containers: []\n',
  'apiVersion: policy/v1\nkind: PodDisruptionBudget\nspec:\n  minAvailable: {}\n  maxUnavailable: [0]\n  selector: {matchLabels: {app: [x]}}\n',
  'apiVersion: v1\nkind: List\nitems: [1, null, {kind: Pod}, {apiVersion: v1, kind: Pod, spec: {containers: [{name: a, image: b}]}}]\n',
  'apiVersion: v1\nkind: List\nitems: {a: 1}\n',
  'base: &base\n  name: web\n  image: nginx\n  securityContext: &sc {privileged: true}\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - *base\n    - <<: *base\n      name: other\n      securityContext: *sc\n',
  'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: [x]\n  labels: 5\n',
  'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: b\n  - broken: [\n',
  'apiVersion: v1\nkind: Pod\nmetadata:\n  annotations: {container-coach.dev/ignore: [a], checkov.io/skip1: "=", ignore-check.kube-linter.io/: x}\nspec: {}\n',
  '\uFEFFapiVersion: v1\r\nkind: Pod\r\nspec:\r\n  hostNetwork: true\r\n  containers: [{name: a, image: b}]\r\n',
  '---\n---\n...\n',
  '',
];

describe('kubernetes rules on bad input', () => {
  NASTY.forEach((text, index) => {
    it(`does not throw on case ${index + 1}`, () => {
      const document = TextDocument.create('file:///bad.yaml', 'yaml', 1, text);
      const result = lintDocument(document, kubernetes, { maxFileSize: 1 << 20 });
      assert.deepEqual(result.failures, []);
      for (const finding of result.findings) {
        for (const fix of finding.fixes ?? []) TextDocument.applyEdits(document, fix.edits);
      }
    });
  });

  it('lints a manifest of 1,000 documents', () => {
    const one = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: web\n      image: nginx\n';
    const document = TextDocument.create('file:///big.yaml', 'yaml', 1, Array.from({ length: 1000 }, () => one).join('---\n'));
    const result = lintDocument(document, kubernetes, { maxFileSize: 1 << 30, timeBudgetMs: Infinity });
    assert.deepEqual(result.failures, []);
    // Eleven findings a document, every rule on a block of 50 documents before any on the next: the cap of
    // 1,000 leaves all eleven in each of the first 50 and the first nine rules' in each of the next 50.
    const idsOf = new Map<number, string[]>();
    for (const finding of result.findings) {
      const index = Math.floor(finding.range.start.line / 9);
      idsOf.set(index, [...(idsOf.get(index) ?? []), finding.rule.id]);
    }
    assert.deepEqual([...idsOf.keys()].sort((a, b) => a - b), Array.from({ length: 100 }, (_, index) => index));
    const all = idsOf.get(0)!;
    assert.equal(all.length, 11);
    for (let index = 1; index < 50; index++) assert.deepEqual(idsOf.get(index), all, `document ${index + 1}`);
    for (let index = 50; index < 100; index++) assert.deepEqual(idsOf.get(index), all.slice(0, 9), `document ${index + 1}`);
    assert.equal(result.findings.length, 1000);
    assert.match(result.partial ?? '', /over 1,000 findings; the first 1,000 are shown/);
  });
});
