import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeHover } from '../../server/src/hover';
import { analyse } from '../../server/src/engine/lint';
import { plainLinker } from '../../server/src/questions/links';
import { QuestionBank } from '../../common/src/bank';
import type { YamlHoverDocs } from '../../server/src/content';
import { contentBank } from './questions/seedFixtures';
import { kubernetes } from '../../server/src/targets/kubernetes/index';

const yamlDocs: YamlHoverDocs = {
  kubernetes: parse(readFileSync('content/hovers/kubernetes.yaml', 'utf8')),
  dockerKubernetes: parse(readFileSync('content/hovers/docker-kubernetes.yaml', 'utf8')).mappings,
};
const linker = plainLinker(undefined);

function hoverAt(text: string, line: number, character: number): string | undefined {
  const document = TextDocument.create('file:///w/app.yaml', 'yaml', 1, text);
  const hover = computeHover(analyse(document, kubernetes, { maxFileSize: 1 << 20 }), { line, character }, { linker, yamlDocs });
  return hover ? (hover.contents as { value: string }).value : undefined;
}

const manifest =
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n' +
  'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  automountServiceAccountToken: false\n' +
  '  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n' +
  '  initContainers:\n    - name: init\n      image: busybox:1.36\n      resources: {requests: {cpu: 10m, memory: 8Mi}, limits: {memory: 8Mi}}\n' +
  '      securityContext:\n        allowPrivilegeEscalation: false\n        readOnlyRootFilesystem: true\n        capabilities:\n          drop: [ALL]\n' +
  '  containers:\n    - name: web\n      image: nginx:1.27\n';

describe('kubernetes key hovers', () => {
  it('shows the Docker flag and Compose key of question 254 on capabilities.drop, in an init container of the second document', () => {
    const value = hoverAt(manifest, 22, 11) ?? '';
    assert.match(value, /^\*\*securityContext\\\.capabilities\\\.drop\*\* \(Kubernetes\)/);
    assert.match(value, /`--cap-drop=ALL`/);
    assert.match(value, /`cap_drop`/);
    assert.match(value, /Question 254/);
  });

  it('explains pod fields and resources, and leads with a finding', () => {
    assert.match(hoverAt(manifest, 10, 4) ?? '', /\*\*automountServiceAccountToken\*\* \(Kubernetes\)/);
    assert.match(hoverAt(manifest, 17, 7) ?? '', /\*\*containers\\\.resources\*\* \(Kubernetes\)/);
    const onImage = hoverAt(manifest, 25, 15) ?? '';
    assert.ok(onImage.startsWith('**kubernetes/prefer-image-digest**'), onImage);
  });

  it('explains generic keys only for their kinds, and nothing for unknown keys or values', () => {
    const policy = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: db\nspec:\n  podSelector: {}\n  ingress: []\n';
    assert.match(hoverAt(policy, 6, 3) ?? '', /\*\*ingress\*\* \(Kubernetes\)[\s\S]*Question 295/);
    const other = 'apiVersion: example.com/v1\nkind: Gateway\nmetadata:\n  name: g\nspec:\n  ingress: []\n';
    assert.equal(hoverAt(other, 5, 3), undefined);
    // A value, and a key of a Service that no entry explains.
    assert.equal(hoverAt(manifest, 12, 20), undefined);
    assert.equal(hoverAt(manifest, 3, 3)?.includes('(Kubernetes)') ?? false, false);
  });

  it('cites only answered questions of the bank, and covers every Kubernetes field of the Docker table', () => {
    const bank = QuestionBank.fromJson(contentBank());
    const cited = Object.values(yamlDocs.kubernetes!.keys).flatMap((entry) => entry.questions ?? []);
    assert.deepEqual(cited.filter((id) => bank.get(id)?.status !== 'answered'), []);
    for (const row of yamlDocs.dockerKubernetes!) assert.ok(yamlDocs.kubernetes!.keys[row.kubernetes], row.kubernetes);
  });
});
