import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeHover } from '../../server/src/hover';
import { analyse } from '../../server/src/engine/lint';
import { plainLinker } from '../../server/src/questions/links';
import type { YamlHoverDocs } from '../../server/src/content';
import { contentBank } from './questions/seedFixtures';
import { QuestionBank } from '../../common/src/bank';
import { compose } from '../../server/src/targets/compose/index';

const yamlDocs: YamlHoverDocs = {
  compose: parse(readFileSync('content/hovers/compose.yaml', 'utf8')),
  dockerKubernetes: parse(readFileSync('content/hovers/docker-kubernetes.yaml', 'utf8')).mappings,
};
const linker = plainLinker(undefined);

function hoverAt(text: string, line: number, character: number): string | undefined {
  const document = TextDocument.create('file:///w/compose.yaml', 'dockercompose', 1, text);
  const hover = computeHover(analyse(document, compose, { maxFileSize: 1 << 20 }), { line, character }, { linker, yamlDocs });
  return hover ? (hover.contents as { value: string }).value : undefined;
}

describe('compose key hovers', () => {
  it('shows the Kubernetes field of question 254 on cap_drop', () => {
    const value = hoverAt('services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n', 3, 6);
    assert.ok(value);
    assert.match(value, /\*\*cap\\_drop\*\* \(Compose\)/);
    assert.match(value, /`securityContext\.capabilities\.drop: \[ALL\]`/);
    assert.match(value, /`--cap-drop=ALL`/);
    assert.match(value, /Question 254/);
  });

  it('explains nested keys by their path under the service, and top-level keys', () => {
    const text = 'version: "3"\nservices:\n  web:\n    image: nginx:1.27\n    deploy:\n      resources:\n        limits: {memory: 1G}\n';
    assert.match(hoverAt(text, 5, 8) ?? '', /\*\*deploy\\\.resources\*\* \(Compose\)/);
    assert.match(hoverAt(text, 5, 8) ?? '', /containers\.resources|resources\.limits/);
    assert.match(hoverAt(text, 0, 2) ?? '', /\*\*version\*\* \(Compose\)[\s\S]*Obsolete/);
  });

  it('leads with the finding and does not explain values, environment names or unknown keys', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    environment:\n      user: x\n';
    const onKey = hoverAt(text, 3, 5) ?? '';
    assert.ok(onKey.startsWith('**compose/no-privileged**'), onKey);
    assert.match(onKey, /\*\*privileged\*\* \(Compose\)/);
    assert.equal(hoverAt(text, 5, 7), undefined);
    assert.equal(hoverAt('services:\n  web:\n    image: nginx:1.27\n    foo: 1\n', 3, 5), undefined);
  });

  it('cites only questions of the bank', () => {
    const bank = QuestionBank.fromJson(contentBank());
    const cited = [...Object.values(yamlDocs.compose!.service), ...Object.values(yamlDocs.compose!.top)].flatMap((entry) => entry.questions ?? []);
    assert.deepEqual(cited.filter((id) => bank.get(id)?.status !== 'answered'), []);
    for (const row of yamlDocs.dockerKubernetes!) for (const key of row.compose) assert.ok(yamlDocs.compose!.service[key] || key.includes('.') || key.endsWith('_limit') || key === 'cpus' || key === 'mem_reservation', key);
  });
});
