import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeModel } from '../../../server/src/targets/compose/model';
import { kubernetesModel } from '../../../server/src/targets/kubernetes/model';
import {
  findPair,
  getPath,
  isHelmTemplate,
  isMap,
  isTrue,
  keyPathAt,
  keyRange,
  pairRange,
  parseYaml,
  scalarString,
  sequenceItems,
  valueRange,
  type YAMLMap,
} from '../../../server/src/parsing/yaml';
import { appendToSeq, insertPair, removePair, removeSeqItem, setScalar } from '../../../server/src/edits/yamlEdits';
import { documentKind } from '../../../server/src/targets/index';

function doc(text: string): TextDocument {
  return TextDocument.create('file:///test/compose.yaml', 'yaml', 1, text);
}

function serviceMap(document: TextDocument, name: string, index = 0): YAMLMap {
  const model = composeModel(parseYaml(document));
  const service = model.files[index].services.find((each) => each.name === name);
  assert.ok(service, `no service ${name}`);
  return service.map;
}

function apply(document: TextDocument, edits: Parameters<typeof TextDocument.applyEdits>[1] | undefined): string {
  assert.ok(edits, 'expected edits');
  return TextDocument.applyEdits(document, edits);
}

/** The parsed documents as plain data, to compare files before and after an edit. */
function data(text: string): unknown[] {
  return parseAllDocuments(text).map((each) => each.toJS());
}

describe('documents/yaml', () => {
  it('gives exact ranges of keys, values and pairs in a later document with CRLF', () => {
    const text = 'kind: A\r\n---\r\nservices:\r\n  web:\r\n    image: nginx  # pinned later\r\n    privileged: true\r\n';
    const document = doc(text);
    const map = serviceMap(document, 'web', 1);
    const { doc: parsed } = parseYaml(document).valid[1];
    const pair = findPair(parsed, map, 'privileged');
    assert.ok(pair);
    assert.equal(document.getText(keyRange(document, pair)), 'privileged');
    assert.equal(document.getText(valueRange(document, pair)), 'true');
    assert.equal(document.getText(pairRange(document, pair)), 'privileged: true');
    assert.deepEqual(keyRange(document, pair).start, { line: 5, character: 4 });
    const image = findPair(parsed, map, 'image');
    assert.ok(image);
    assert.equal(document.getText(valueRange(document, image)), 'nginx');
  });

  it('follows aliases and merge keys, and reads YAML 1.1 booleans', () => {
    const text = 'x-base: &base\n  privileged: yes\nservices:\n  web:\n    <<: *base\n    image: nginx\n';
    const document = doc(text);
    const { doc: parsed } = parseYaml(document).valid[0];
    const pair = findPair(parsed, serviceMap(document, 'web'), 'privileged');
    assert.ok(pair);
    assert.equal(isTrue(parsed, pair.value), true);
    assert.equal(keyRange(document, pair).start.line, 1);
  });

  it('reads flow style and iterates sequences', () => {
    const document = doc('services: {web: {image: nginx, cap_add: [NET_ADMIN, SYS_TIME]}}\n');
    const { doc: parsed } = parseYaml(document).valid[0];
    const caps = getPath(parsed, parsed.contents, ['services', 'web', 'cap_add']);
    assert.deepEqual([...sequenceItems(parsed, caps)].map(scalarString), ['NET_ADMIN', 'SYS_TIME']);
  });

  it('keeps documents with syntax errors away from rules and never throws', () => {
    const parsed = parseYaml(doc('services:\n  web: [unclosed\n---\nkind: B\n'));
    assert.equal(parsed.documents.length, 2);
    assert.deepEqual(parsed.valid.map((each) => each.index), [1]);
    assert.doesNotThrow(() => parseYaml(doc('\t\t: : : {{{ ]]] &&& ***\n---\n---\n')));
  });

  it('recognises Helm templates but not Go templates in values', () => {
    assert.equal(isHelmTemplate('metadata:\n  name: {{ include "app.fullname" . }}\n'), true);
    assert.equal(isHelmTemplate('{{- if .Values.enabled }}\nkind: Pod\n{{- end }}\n'), true);
    assert.equal(isHelmTemplate('services:\n  web:\n    healthcheck:\n      test: docker inspect --format "{{.State.Health}}"\n'), false);
  });

  it('finds the key path under a position', () => {
    const document = doc('services:\n  web:\n    cap_drop: [ALL]\n');
    const { doc: parsed } = parseYaml(document).valid[0];
    assert.deepEqual(keyPathAt(parsed, document.offsetAt({ line: 2, character: 6 }))?.path, ['services', 'web', 'cap_drop']);
    assert.equal(keyPathAt(parsed, document.offsetAt({ line: 2, character: 15 })), undefined);
  });
});

describe('documents/kind', () => {
  it('recognises Compose by name, language and content, Kubernetes by content', () => {
    assert.equal(documentKind('file:///a/docker-compose.prod.yml', 'yaml'), 'compose');
    assert.equal(documentKind('file:///a/compose.yaml', 'yaml'), 'compose');
    assert.equal(documentKind('file:///a/app.compose.yml', 'yaml'), 'compose');
    assert.equal(documentKind('file:///a/stack.yml', 'dockercompose'), 'compose');
    assert.equal(documentKind('file:///a/stack.yml', 'yaml', 'services:\n  web:\n    image: x\n'), 'compose');
    assert.equal(documentKind('file:///a/pod.yaml', 'yaml', 'apiVersion: v1\nkind: Pod\n'), 'kubernetes');
    assert.equal(documentKind('file:///a/ci.yml', 'yaml', 'jobs:\n  test:\n    services:\n      db: {}\n'), undefined);
    assert.equal(documentKind('file:///a/config.yml', 'yaml', 'services: [a, b]\n'), undefined);
    assert.equal(documentKind('file:///a/notes.txt', 'plaintext', 'apiVersion: v1\nkind: Pod\n'), undefined);
    assert.equal(documentKind('file:///a/stack.yml', 'yaml', '\ufeffservices:\r\n  web: {image: x}\r\n'), 'compose');
    assert.equal(documentKind('file:///a/list.yaml', 'yaml', '# a list\napiVersion: v1\nkind: List\nitems: []\n'), 'kubernetes');
  });
});

describe('documents/kubernetes', () => {
  it('walks pod specs of workloads, CronJobs and List items, with every container group', () => {
    const text = [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: nightly}',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          initContainers: [{name: init, image: busybox}]',
      '          containers:',
      '          - name: job',
      '            image: alpine',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: p}',
      '  spec:',
      '    ephemeralContainers: [{name: debug}]',
      '    containers: [{name: c}]',
      '',
    ].join('\n');
    const { objects } = kubernetesModel(parseYaml(doc(text)));
    assert.deepEqual(
      objects.map((object) => [object.kind, object.name, object.containers.map((each) => `${each.group}:${each.name}`).sort()]),
      [
        ['CronJob', 'nightly', ['containers:job', 'initContainers:init']],
        ['List', undefined, []],
        ['Pod', 'p', ['containers:c', 'ephemeralContainers:debug']],
      ],
    );
  });
});

describe('documents/yamlEdits', () => {
  it('removes a pair with its line and keeps comments, CRLF and the other pairs', () => {
    const text = 'services:\r\n  web:\r\n    image: nginx\r\n    # why\r\n    privileged: true  # no\r\n    user: app\r\n';
    const document = doc(text);
    const map = serviceMap(document, 'web');
    const after = apply(document, removePair(document, map, findPair(parseYaml(document).valid[0].doc, map, 'privileged')!));
    assert.equal(after, 'services:\r\n  web:\r\n    image: nginx\r\n    # why\r\n    user: app\r\n');
  });

  it('removes the last pair of a file without a final line break', () => {
    const document = doc('services:\n  web:\n    image: nginx\n    privileged: true');
    const map = serviceMap(document, 'web');
    const after = apply(document, removePair(document, map, map.items[1]));
    assert.equal(after, 'services:\n  web:\n    image: nginx');
  });

  it('removes a pair from a flow map with its comma', () => {
    const document = doc('services:\n  web: {privileged: true, image: nginx}\n  db: {image: postgres, privileged: true}\n');
    assert.equal(apply(document, removePair(document, serviceMap(document, 'web'), serviceMap(document, 'web').items[0])), 'services:\n  web: {image: nginx}\n  db: {image: postgres, privileged: true}\n');
    const db = serviceMap(document, 'db');
    assert.equal(apply(document, removePair(document, db, db.items[1])), 'services:\n  web: {privileged: true, image: nginx}\n  db: {image: postgres}\n');
  });

  it('declines to remove the only pair or a pair sharing its line with a sequence dash', () => {
    const single = doc('services:\n  web:\n    privileged: true\n');
    assert.equal(removePair(single, serviceMap(single, 'web'), serviceMap(single, 'web').items[0]), undefined);
    const dashed = doc('items:\n- privileged: true\n  image: x\n');
    const map = parseYaml(dashed).valid[0].doc.getIn(['items', 0], true) as YAMLMap;
    assert.equal(removePair(dashed, map, map.items[0]), undefined);
  });

  it('inserts a pair at the map indentation, with nested maps at the file step', () => {
    const text = 'services:\n    web:\n        image: nginx  # comment\n        environment:\n            A: b\n';
    const document = doc(text);
    const after = apply(document, insertPair(document, serviceMap(document, 'web'), 'logging', { driver: 'json-file', options: { 'max-size': '"10m"' } }));
    assert.equal(
      after,
      text + '        logging:\n            driver: json-file\n            options:\n                max-size: "10m"\n',
    );
    assert.deepEqual(data(after)[0], { services: { web: { image: 'nginx', environment: { A: 'b' }, logging: { driver: 'json-file', options: { 'max-size': '10m' } } } } });
  });

  it('inserts after a sequence-item key and keeps CRLF', () => {
    const text = 'containers:\r\n- name: app\r\n  image: x\r\n- name: b\r\n';
    const document = doc(text);
    const map = parseYaml(document).valid[0].doc.getIn(['containers', 0], true) as YAMLMap;
    assert.ok(isMap(map));
    assert.equal(apply(document, insertPair(document, map, 'cap_drop', ['ALL'])), 'containers:\r\n- name: app\r\n  image: x\r\n  cap_drop: [ALL]\r\n- name: b\r\n');
  });

  it('inserts into flow maps and before a map that ends with a block scalar', () => {
    const flow = doc('services: {web: {image: nginx}}\n');
    assert.equal(apply(flow, insertPair(flow, serviceMap(flow, 'web'), 'read_only', 'true')), 'services: {web: {image: nginx, read_only: true}}\n');
    const block = doc('services:\n  web:\n    image: nginx\n    command: |\n      run\n\n  db:\n    image: postgres\n');
    const after = apply(block, insertPair(block, serviceMap(block, 'web'), 'read_only', 'true'));
    assert.equal(after, 'services:\n  web:\n    read_only: true\n    image: nginx\n    command: |\n      run\n\n  db:\n    image: postgres\n');
  });

  it('appends to block and flow sequences and removes items', () => {
    const document = doc('services:\n  web:\n    security_opt:\n      - label:disable\n    cap_add: [NET_ADMIN, CHOWN]\n');
    const { doc: parsed } = parseYaml(document).valid[0];
    const web = serviceMap(document, 'web');
    const opts = findPair(parsed, web, 'security_opt')!.value;
    const caps = findPair(parsed, web, 'cap_add')!.value;
    assert.equal(
      apply(document, appendToSeq(document, opts as never, '"no-new-privileges:true"')),
      'services:\n  web:\n    security_opt:\n      - label:disable\n      - "no-new-privileges:true"\n    cap_add: [NET_ADMIN, CHOWN]\n',
    );
    assert.equal(apply(document, appendToSeq(document, caps as never, 'SYS_TIME')), 'services:\n  web:\n    security_opt:\n      - label:disable\n    cap_add: [NET_ADMIN, CHOWN, SYS_TIME]\n');
    assert.equal(apply(document, removeSeqItem(document, caps as never, (caps as never as { items: unknown[] }).items[0])), 'services:\n  web:\n    security_opt:\n      - label:disable\n    cap_add: [CHOWN]\n');
  });

  it('sets a scalar, keeping everything around it', () => {
    const document = doc('services:\n  web:\n    network_mode: "host" # x\n');
    const { doc: parsed } = parseYaml(document).valid[0];
    const pair = findPair(parsed, serviceMap(document, 'web'), 'network_mode')!;
    assert.equal(apply(document, setScalar(document, pair.value, 'bridge')), 'services:\n  web:\n    network_mode: bridge # x\n');
  });
});

describe('documents/yamlEdits and anchors', () => {
  it('declines edits that would change an aliased node or drop an anchor', () => {
    const document = doc('x-caps: &caps [CHOWN]\nservices:\n  web:\n    image: x\n    cap_drop: *caps\n    privileged: &p true\n    labels:\n      also: *p\n');
    const { doc: parsed } = parseYaml(document).valid[0];
    const web = serviceMap(document, 'web');
    const caps = parsed.getIn(['x-caps'], true);
    assert.equal(appendToSeq(document, caps as never, 'ALL'), undefined);
    assert.equal(removePair(document, web, findPair(parsed, web, 'privileged')!), undefined);
    assert.equal(setScalar(document, findPair(parsed, web, 'privileged')!.value, 'false'), undefined);
    assert.ok(removePair(document, web, findPair(parsed, web, 'image')!));
  });
});
