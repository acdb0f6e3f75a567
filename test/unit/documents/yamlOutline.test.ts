import assert from 'node:assert/strict';
import { isEmptyYaml, yamlCursor } from '../../../server/src/parsing/yamlOutline';

/** The cursor is where `|` is; returns the path and the sibling keys, or undefined. */
function at(marked: string): { path: string[]; siblings: string[]; item: boolean } | undefined {
  const lines = marked.split('\n');
  const line = lines.findIndex((text) => text.includes('|'));
  const character = lines[line].indexOf('|');
  lines[line] = lines[line].replace('|', '');
  const cursor = yamlCursor(lines, line, character);
  return cursor && { path: cursor.path, siblings: [...cursor.siblings].sort(), item: cursor.item };
}

describe('yamlCursor', () => {
  const deployment = `apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        @1
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            @2
        - name: sidecar
          @3
`;
  const mark = (n: number): string => deployment.replace(`@${n}`, '|').replace(/@\d/g, '');

  it('finds the pod securityContext and the keys already in it', () => {
    assert.deepEqual(at(mark(1)), { path: ['spec', 'template', 'spec', 'securityContext'], siblings: ['runAsNonRoot'], item: false });
  });

  it('finds a container securityContext through the sequence item', () => {
    assert.deepEqual(at(mark(2))?.path, ['spec', 'template', 'spec', 'containers', '[]', 'securityContext']);
  });

  it('finds the mapping of a later sequence item, past its siblings', () => {
    assert.deepEqual(at(mark(3))?.path, ['spec', 'template', 'spec', 'containers', '[]']);
  });

  it('reads compose services, a service, and a key being typed', () => {
    const compose = 'services:\n  api:\n    image: nginx:1.27\n    rea|\n  db:\n    image: postgres:17\n';
    assert.deepEqual(at(compose), { path: ['services', 'api'], siblings: ['image'], item: false });
    assert.deepEqual(at('services:\n  api:\n    image: nginx:1.27\n  |\n')?.path, ['services']);
    assert.deepEqual(at('# a comment\n|')?.path, []);
  });

  it('stops at a document separator and knows a new sequence item', () => {
    assert.deepEqual(at('kind: Service\nspec:\n  ports: []\n---\n|')?.path, []);
    assert.deepEqual(at('steps:\n  - uses: actions/checkout@v5\n  - |'), { path: ['steps', '[]'], siblings: [], item: true });
  });

  it('answers undefined where no key is being typed', () => {
    assert.equal(at('image: ngi|nx'), undefined);
    assert.equal(at('command: ["a", |'), undefined);
  });

  it('tells empty YAML from YAML with content', () => {
    assert.equal(isEmptyYaml(''), true);
    assert.equal(isEmptyYaml('# only a comment\n---\n\n'), true);
    assert.equal(isEmptyYaml('a: 1\n'), false);
  });
});
