import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type LintOptions } from '../../server/src/engine/lint';
import { defineKubernetesRule, type Finding, type KubernetesInterest, type KubernetesRule } from '../../server/src/engine/rule';
import { kubernetes } from '../../server/src/targets/kubernetes/index';
import { kubernetesRules } from '../../server/src/targets/kubernetes/rules/index';

const options: LintOptions = { maxFileSize: 1 << 20, today: () => new Date('2026-12-01') };

const pod = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n`;
const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  ports:\n    - port: 80\n`;
const role = (name: string) => `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${name}\nrules: []\n`;

/** A rule that reports every object it is shown, and records the names of the objects of each call. */
function recordingRule(looksAt: KubernetesInterest | undefined, scope: 'document' | undefined, calls: string[][]): KubernetesRule {
  return defineKubernetesRule({
    id: 'kubernetes/test-interest',
    aliases: [],
    severity: 'warning',
    ...(scope ? { scope } : {}),
    ...(looksAt ? { looksAt } : {}),
    questions: [],
    subject: [],
    summary: 's',
    docs: { why: 'w' },
    *check({ document, objects }): Generator<Finding> {
      calls.push(objects.map((object) => object.name ?? ''));
      for (const object of objects) {
        const start = document.positionAt(object.map.range![0]);
        yield { range: { start, end: start }, message: object.name ?? '' };
      }
    },
  });
}

function run(text: string, looksAt: KubernetesInterest | undefined, scope?: 'document'): { calls: string[][]; messages: string[] } {
  const calls: string[][] = [];
  const target = { ...kubernetes, rules: [recordingRule(looksAt, scope, calls)] };
  const result = analyse(TextDocument.create('file:///app.yaml', 'yaml', 1, text), target, options).result;
  return { calls, messages: result.findings.map((finding) => finding.message) };
}

describe('rules called only where what they look at is', () => {
  it('does not call a pod rule on a file without a pod spec', () => {
    assert.deepEqual(run([service('a'), role('r')].join('---\n'), 'pods'), { calls: [], messages: [] });
    assert.deepEqual(run(service('a'), 'pods', 'document'), { calls: [], messages: [] });
  });

  it('calls a whole-file pod rule once on a file with a pod spec, with every object of the file', () => {
    assert.deepEqual(run([service('a'), pod('p')].join('---\n'), 'pods'), { calls: [['a', 'p']], messages: ['a', 'p'] });
  });

  it('calls a document pod rule only on the documents that hold a pod spec', () => {
    const text = [service('a'), pod('p'), role('r'), pod('q')].join('---\n');
    assert.deepEqual(run(text, 'pods', 'document'), { calls: [['p'], ['q']], messages: ['p', 'q'] });
  });

  it('calls a rule that names kinds only on the documents of those kinds', () => {
    const text = [service('a'), pod('p'), role('r')].join('---\n');
    assert.deepEqual(run(text, ['Role', 'ClusterRole'], 'document'), { calls: [['r']], messages: ['r'] });
    assert.deepEqual(run([service('a'), pod('p')].join('---\n'), ['Role'], 'document'), { calls: [], messages: [] });
  });

  it('calls a rule that declares nothing on every document', () => {
    const text = [service('a'), pod('p'), role('r')].join('---\n');
    assert.deepEqual(run(text, undefined, 'document'), { calls: [['a'], ['p'], ['r']], messages: ['a', 'p', 'r'] });
  });

  it('finds in a pod spec of a List item, which makes its document one holding a pod spec', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - ${pod('p').trimEnd().split('\n').join('\n    ')}\n`;
    const { calls } = run([service('a'), list].join('---\n'), 'pods', 'document');
    assert.deepEqual(calls, [['', 'p']]);
  });

  it('declares what it looks at only for rules that find nothing elsewhere: each is silent on a file of every other kind', () => {
    const objects: Record<string, string> = {
      Pod: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: web\n      image: nginx\n      securityContext:\n        privileged: true\n',
      Service: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  externalIPs: [1.2.3.4]\n  ports:\n    - port: 22\n',
      Role: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n',
      ConfigMap: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  DB_PASSWORD: hunter2\n',
      PodDisruptionBudget: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: b\nspec:\n  minAvailable: 1\n',
      ServiceAccount: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n',
    };
    const declaring = kubernetesRules.filter((rule) => rule.looksAt !== undefined);
    assert.ok(declaring.length >= 40, `${declaring.length} rules declare what they look at`);
    for (const rule of declaring) {
      const others = Object.entries(objects).filter(([kind]) => (rule.looksAt === 'pods' ? kind !== 'Pod' : !rule.looksAt!.includes(kind)));
      const text = others.map(([, object]) => object).join('---\n');
      const findings = [...rule.check(kubernetes.parse(TextDocument.create('file:///o.yaml', 'yaml', 1, text), {}), { today: '2026-12-01' })];
      assert.deepEqual(findings, [], rule.id);
    }
    const all = Object.values(objects).join('---\n');
    const found = new Set(analyse(TextDocument.create('file:///all.yaml', 'yaml', 1, all), { ...kubernetes, rules: declaring }, options).result.findings.map((finding) => finding.rule.id));
    for (const id of ['kubernetes/no-privileged', 'kubernetes/no-wildcard-rbac', 'kubernetes/no-secret-in-configmap', 'kubernetes/no-service-external-ips', 'kubernetes/require-unhealthy-pod-eviction-policy']) {
      assert.ok(found.has(id), `${id} finds in the file of every kind`);
    }
  });
});
