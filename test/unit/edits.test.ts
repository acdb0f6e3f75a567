import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { isMap, type YAMLMap } from 'yaml';
import { insertPair, removePair, removeSeqItemOrPair } from '../../server/src/edits/yamlEdits';
import { fixOf, keepFixes } from '../../server/src/edits/fixes';
import { insertFix, lineAbove, replaceFix } from '../../server/src/edits/textEdits';
import { composeModel } from '../../server/src/targets/compose/model';
import { insertServicePair, ownPairFix, removeServicePair } from '../../server/src/targets/compose/fixes';
import { parseYaml, type YamlPair } from '../../server/src/parsing/yaml';
import { endOfLine } from '../../server/src/text/endOfLine';
import { checkCase } from '../fuzz/properties';
import { mergeInto, type MergeSpec } from '../../server/src/parsing/yamlMerge';

function yamlDocument(text: string): TextDocument {
  return TextDocument.create('file:///t.yaml', 'yaml', 1, text);
}

/** The map at `path` of the first document (keys of nested maps). */
function mapAt(document: TextDocument, ...path: string[]): YAMLMap {
  let node: unknown = parseYaml(document).documents[0].contents;
  for (const key of path) node = (node as YAMLMap).get(key, true);
  assert.ok(isMap(node));
  return node;
}

function applied(document: TextDocument, edits: TextEdit[] | undefined): string | undefined {
  return edits && TextDocument.applyEdits(document, edits);
}

describe('edits: YAML', () => {
  const insertions: [string, string, string, string][] = [
    ['at the indentation of the keys', 'a:\n  b: 1\n', 'a', 'a:\n  b: 1\n  c: 2\n'],
    ['beside an anchored first key, at the anchor', 'a:\n  &x b: 1\n', 'a', 'a:\n  &x b: 1\n  c: 2\n'],
    ['beside a tagged first key, at the tag', 'a:\n  !!str b: 1\n', 'a', 'a:\n  !!str b: 1\n  c: 2\n'],
    ['after a byte order mark', '\ufeffa: 1\n', '', '\ufeffa: 1\nc: 2\n'],
  ];
  for (const [name, text, parent, expected] of insertions) {
    it(`inserts a pair ${name}`, () => {
      const document = yamlDocument(text);
      const map = parent ? mapAt(document, 'a') : mapAt(document);
      assert.equal(applied(document, insertPair(document, map, 'c', '2')), expected);
    });
  }

  const removals: [string, string, string | undefined][] = [
    ['one item of several', 'a: 1\ncaps:\n  - X\n  - Y\n', 'a: 1\ncaps:\n  - Y\n'],
    ['the last item: with its key', 'a: 1\ncaps:\n  - X\n', 'a: 1\n'],
    ['the last item of a flow sequence: with its key', 'a: 1\ncaps: [X]\n', 'a: 1\n'],
    ['the last item of the only key: nothing (the map would become null)', 'caps: [X]\n', undefined],
  ];
  for (const [name, text, expected] of removals) {
    it(`removes ${name}`, () => {
      const document = yamlDocument(text);
      const map = mapAt(document);
      const pair = map.items.find((item) => (item.key as { value?: unknown }).value === 'caps') as YamlPair;
      const item = (pair.value as { items: unknown[] }).items[0];
      assert.equal(applied(document, removeSeqItemOrPair(document, map, pair, item)), expected);
    });
  }

  it('removes the first line of a file after its byte order mark, keeping the mark', () => {
    const document = yamlDocument('\ufeffversion: "3"\nservices: {}\n');
    const map = mapAt(document);
    assert.equal(applied(document, removePair(document, map, map.items[0])), '\ufeffservices: {}\n');
  });
});

describe('edits: merging settings into a YAML map', () => {
  const spec: MergeSpec = { securityContext: { allowPrivilegeEscalation: 'false', runAsNonRoot: 'true', capabilities: { drop: { contains: 'ALL' } } } };
  const merges: [string, string, string | undefined][] = [
    ['adds every missing key in one insert, in the order asked', 'c:\n  name: web\n  securityContext:\n    privileged: true\n',
      'c:\n  name: web\n  securityContext:\n    privileged: true\n    allowPrivilegeEscalation: false\n    runAsNonRoot: true\n    capabilities:\n      drop: [ALL]\n'],
    ['adds the whole map when it is missing', 'c:\n  name: web\n',
      'c:\n  name: web\n  securityContext:\n    allowPrivilegeEscalation: false\n    runAsNonRoot: true\n    capabilities:\n      drop: [ALL]\n'],
    ['changes a value that differs and appends to a sequence', 'c:\n  securityContext:\n    runAsNonRoot: false\n    capabilities:\n      drop: [NET_RAW]\n',
      'c:\n  securityContext:\n    runAsNonRoot: true\n    capabilities:\n      drop: [NET_RAW, ALL]\n    allowPrivilegeEscalation: false\n'],
    ['adds to a flow map after its last pair', 'c:\n  securityContext: { privileged: true }\n',
      'c:\n  securityContext: { privileged: true, allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]} }\n'],
    ['writes an empty flow map whole', 'c:\n  securityContext: {}\n',
      'c:\n  securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, capabilities: {drop: [ALL]}}\n'],
    ['inserts before the first key when the last value is a block scalar', 'c:\n  securityContext:\n    note: |\n      text\n',
      'c:\n  securityContext:\n    allowPrivilegeEscalation: false\n    runAsNonRoot: true\n    capabilities:\n      drop: [ALL]\n    note: |\n      text\n'],
    ['declines a map that an alias shares', 'base: &b\n  privileged: true\nc:\n  securityContext: *b\n', undefined],
  ];
  for (const [name, text, expected] of merges) {
    it(name, () => {
      const document = yamlDocument(text);
      const { doc } = parseYaml(document).documents[0]!;
      const edits = mergeInto(document, doc, mapAt(document, 'c'), spec);
      assert.equal(applied(document, edits), expected);
      if (expected !== undefined) assert.equal(parseYaml(yamlDocument(expected)).documents[0]!.hasErrors, false);
    });
  }
});

describe('edits: fixes', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  it('makes a fix only from edits', () => {
    assert.equal(fixOf('t', undefined), undefined);
    assert.equal(fixOf('t', []), undefined);
    assert.deepEqual(fixOf('t', [{ range, newText: 'x' }]), { title: 't', edits: [{ range, newText: 'x' }] });
    assert.deepEqual(fixOf('t', [{ range, newText: 'x' }], 'unsafe'), { title: 't', edits: [{ range, newText: 'x' }], safety: 'unsafe' });
    assert.equal(keepFixes(undefined, undefined), undefined);
    assert.deepEqual(keepFixes(undefined, replaceFix('t', range, 'x')), [{ title: 't', edits: [{ range, newText: 'x' }] }]);
    assert.deepEqual(insertFix('t', range.end, 'y'), { title: 't', edits: [{ range: { start: range.end, end: range.end }, newText: 'y' }] });
  });

  const lines: [string, string, number, string][] = [
    ['above an indented line, with its indentation', 'FROM a\n  RUN x\n', 1, 'FROM a\n  SHELL y\n  RUN x\n'],
    ['with CRLF in a CRLF file', 'FROM a\r\nRUN x\r\n', 1, 'FROM a\r\nSHELL y\r\nRUN x\r\n'],
  ];
  for (const [name, text, line, expected] of lines) {
    it(`inserts a line ${name}`, () => {
      const document = TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text);
      const start = { line, character: text.split(/\r?\n/)[line].length - text.split(/\r?\n/)[line].trimStart().length };
      assert.equal(TextDocument.applyEdits(document, [lineAbove(document, start, 'SHELL y')]), expected);
    });
  }
});

describe('edits: Compose service fixes', () => {
  const services = (text: string) => {
    const document = TextDocument.create('file:///compose.yaml', 'dockercompose', 1, text);
    return { document, services: composeModel(parseYaml(document)).services };
  };

  it('edit a service written in place', () => {
    const { document, services: [web] } = services('services:\n  web:\n    image: x:1\n    privileged: true\n');
    assert.equal(applied(document, removeServicePair(document, web, 'privileged', 't')?.edits), 'services:\n  web:\n    image: x:1\n');
    assert.equal(applied(document, insertServicePair(document, web, 'read_only', 'true', 't')?.edits), 'services:\n  web:\n    image: x:1\n    privileged: true\n    read_only: true\n');
  });

  const refusals: [string, string, string][] = [
    ['an anchored service (its aliases would change too)', 'services:\n  web: &w\n    image: x:1\n    privileged: true\n  api: *w\n', 'web'],
    ['an alias of another service', 'services:\n  web: &w\n    image: x:1\n    privileged: true\n  api: *w\n', 'api'],
    ['a key merged in from an anchor', 'x-base: &b\n  privileged: true\nservices:\n  web:\n    <<: *b\n    image: x:1\n', 'web'],
  ];
  for (const [name, text, service] of refusals) {
    it(`refuse ${name}`, () => {
      const { document, services: all } = services(text);
      const found = all.find((each) => each.name === service);
      assert.ok(found);
      assert.equal(removeServicePair(document, found, 'privileged', 't'), undefined);
      assert.equal(ownPairFix(found, 'privileged', 't', () => [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' }]), undefined);
    });
  }
});

describe('edits: line endings', () => {
  it('write the most common line ending of the file, not a stray first one', () => {
    assert.equal(endOfLine('\rapiVersion: v1\nkind: Pod\nspec: {}\n'), '\n');
    assert.equal(endOfLine('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(endOfLine('a\rb\rc\n'), '\r');
    assert.equal(endOfLine('no line break'), '\n');
  });

  it('answer for each text asked about, after an equal text in another string', () => {
    const crlf = 'a\r\nb\r\n'.repeat(3);
    assert.equal(endOfLine(crlf), '\r\n');
    assert.equal(endOfLine(JSON.parse(JSON.stringify(crlf)) as string), '\r\n');
    assert.equal(endOfLine('a\nb\n'), '\n');
    assert.equal(endOfLine(crlf), '\r\n');
  });

  it('keep a Kubernetes fix valid in a file that starts with a lone CR (found by the fuzzer)', () => {
    checkCase({ target: 'kubernetes', text: '\rapiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: registry.k8s.io/test-webserver\n' });
  });
});
