import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis, type LintOptions } from '../../server/src/engine/lint';
import { defineKubernetesRule, type Finding } from '../../server/src/engine/rule';
import { kubernetes } from '../../server/src/targets/kubernetes/index';
import { targetsByName } from '../../server/src/targets/index';

const options: LintOptions = { maxFileSize: 1 << 20, today: () => new Date('2026-12-01') };

const serviceAccount = (automount: boolean) =>
  `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: app\n${automount ? 'automountServiceAccountToken: false\n' : ''}`;
const pod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  serviceAccountName: app\n  containers:\n    - name: web\n` +
  `      image: nginx:1.27\n      securityContext:\n        privileged: true\n`;

const documentOf = (version: number, text: string) => TextDocument.create('file:///app.yaml', 'yaml', version, text);

/** Rule id, range and message (and fixes) of every finding, in order. */
function summary(analysis: Analysis): string[] {
  return analysis.result.findings.map((finding) => `${finding.rule.id} ${JSON.stringify(finding.range)} ${finding.message} ${JSON.stringify(finding.fixes ?? [])}`);
}

describe('findings reused from the previous analysis of a YAML stream', () => {
  it('gives the findings of a fresh analysis after an edit that moves the documents below it and changes a cross-document finding', () => {
    const before = targetsByName.kubernetes.analyse(documentOf(1, [serviceAccount(true), pod('a'), pod('b')].join('---\n')), options);
    assert.ok(!summary(before).some((line) => line.startsWith('kubernetes/no-service-account-token-automount')));
    const text = [serviceAccount(false), pod('a'), pod('b')].join('---\n');
    const reused = targetsByName.kubernetes.analyse(documentOf(2, text), options, before);
    const fresh = targetsByName.kubernetes.analyse(documentOf(2, text), options);
    assert.deepEqual(summary(reused), summary(fresh));
    // The ServiceAccount no longer says anything, so both pods (in unchanged documents) get the token.
    assert.equal(summary(reused).filter((line) => line.startsWith('kubernetes/no-service-account-token-automount')).length, 2);
    const privileged = reused.result.findings.filter((finding) => finding.rule.id === 'kubernetes/no-privileged');
    assert.deepEqual(privileged.map((finding) => finding.range.start.line), [15, 27]);
  });

  it('runs a document rule again only on the documents whose text changed', () => {
    const checked: string[] = [];
    const rule = defineKubernetesRule({
      id: 'kubernetes/test-names',
      aliases: [],
      severity: 'warning',
      scope: 'document',
      questions: [],
      subject: [],
      summary: 's',
      docs: { why: 'w' },
      *check({ document, objects }): Generator<Finding> {
        for (const object of objects) {
          checked.push(object.name ?? '');
          const start = document.positionAt(object.map.range![0]);
          yield { range: { start, end: start }, message: object.name ?? '' };
        }
      },
    });
    const target = { ...kubernetes, rules: [rule] };
    const first = analyse(documentOf(1, [pod('a'), pod('b'), pod('c')].join('---\n')), target, options);
    assert.equal(first.result.findings.length, 3);
    checked.length = 0;
    const second = analyse(documentOf(2, [pod('a'), pod('bb'), pod('c')].join('---\n')), target, options, first);
    assert.deepEqual(second.result.findings.map((finding) => finding.message), ['a', 'bb', 'c']);
    assert.deepEqual(checked, ['bb']);
    checked.length = 0;
    void analyse(documentOf(3, [pod('a'), pod('bb'), pod('c')].join('---\n')), target, { ...options, workspace: { kubernetesVersion: '1.30' } }, second).result;
    assert.deepEqual(checked, ['a', 'bb', 'c'], 'other settings reuse nothing');
  });
});
