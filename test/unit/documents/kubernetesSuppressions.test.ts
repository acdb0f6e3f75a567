import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../../../server/src/engine/lint';
import { kubernetes } from '../../../server/src/targets/kubernetes/index';

const pod = (name: string, annotations: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${annotations ? `  annotations:\n${annotations}` : ''}spec:\n  hostNetwork: true\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        privileged: true\n`;

function reported(text: string): string[] {
  const document = TextDocument.create('file:///pods.yaml', 'yaml', 1, text);
  const result = lintDocument(document, kubernetes, { maxFileSize: 1 << 20 });
  return result.findings
    .filter((finding) => ['kubernetes/no-host-network', 'kubernetes/no-privileged'].includes(finding.rule.id))
    .map((finding) => `${document.getText({ start: { line: 0, character: 0 }, end: finding.range.start }).split('---').length - 1}:${finding.rule.id}`);
}

describe('kubernetes annotation suppressions', () => {
  const plain = pod('b', '');

  it('reports both rules without annotations', () => {
    assert.deepEqual(reported(plain), ['0:kubernetes/no-host-network', '0:kubernetes/no-privileged']);
  });

  it('reads our annotation with ids, short ids and aliases, for its own object only', () => {
    const text = `${pod('a', '    container-coach.dev/ignore: "no-host-network, privileged-container"\n')}---\n${plain}`;
    assert.deepEqual(reported(text), ['1:kubernetes/no-host-network', '1:kubernetes/no-privileged']);
  });

  it("reads kube-linter's ignore-check annotation and Checkov's skip annotation through aliases", () => {
    assert.deepEqual(reported(pod('a', '    ignore-check.kube-linter.io/host-network: "monitoring agent"\n')), ['0:kubernetes/no-privileged']);
    assert.deepEqual(reported(pod('a', '    checkov.io/skip1: CKV_K8S_16=needs devices\n    checkov.io/skip2: CKV_K8S_19\n')), []);
  });

  it('covers the pod template of a workload from its annotations', () => {
    const text =
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  selector:\n    matchLabels: {app: agent}\n  template:\n    metadata:\n      labels: {app: agent}\n' +
      '      annotations:\n        container-coach.dev/ignore: kubernetes/no-host-network\n    spec:\n      hostNetwork: true\n      containers: [{name: a, image: "agent:1", securityContext: {privileged: true}}]\n';
    assert.deepEqual(reported(text), ['0:kubernetes/no-privileged']);
  });
});
