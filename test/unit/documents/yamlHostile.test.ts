import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { targetsByName } from '../../../server/src/targets/index';

const hostile: Record<string, string> = {
  'deep flow nesting': `services: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
  'deep block nesting': `services:\n${Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth + 1)}k${depth}:`).join('\n')} x\n`,
  'alias bomb': `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nservices:\n  web:\n    image: x\n    environment: *d\n    cap_add: *d\n    volumes: *d\n    ports: *d\n`,
  'merge of itself': 'services:\n  web: &web\n    <<: *web\n    image: x\n',
  'undefined alias': 'services:\n  web:\n    <<: *nothing\n    image: x\n',
  'tabs and junk': 'services:\n\tweb:\n\t\timage: x\n: : :\n- - -\n{{{{\n',
  'many documents': Array.from({ length: 2000 }, (_, index) => `services:\n  s${index}:\n    image: x:${index}\n`).join('---\n'),
  'keys that are maps': 'services:\n  ? {a: 1}\n  : image: x\n  ? [web]\n  : privileged: true\n',
  'scalars where maps belong': 'services:\n  web: 42\n  db: [a, b]\n  cache: null\n  x: ~\nversion: {a: 1}\n',
  'services as a sequence': 'services:\n  - web\n  - db\n',
  'duplicate keys': 'services:\n  web:\n    image: x\n    image: y\n    privileged: true\n    privileged: false\n',
  'byte order mark and CR only': '\ufeffservices:\r  web:\r    image: x\r',
  'kubernetes junk': 'apiVersion: v1\nkind: List\nitems: [1, null, {kind: Pod}, {apiVersion: v1, kind: Pod, spec: {containers: [null, 3, {name: 1}]}}]\n',
};

describe('YAML layer on hostile input', () => {
  for (const [name, text] of Object.entries(hostile)) {
    for (const kind of ['compose', 'kubernetes'] as const) {
      it(`survives ${name} as ${kind}`, () => {
        const document = TextDocument.create('file:///w/hostile.yaml', 'yaml', 1, text);
        const { result } = targetsByName[kind].analyse(document, { maxFileSize: 1 << 30 });
        assert.deepEqual(result.failures.map((failure) => `${failure.ruleId}: ${String(failure.error)}`), []);
        for (const finding of result.findings) {
          assert.ok(finding.range.start.line <= finding.range.end.line);
          for (const fix of finding.fixes ?? []) TextDocument.applyEdits(document, fix.edits);
        }
      });
    }
  }
});
