import { strict as assert } from 'node:assert';
import { parseAllDocuments } from 'yaml';
import { parseYamlStream } from '../../../server/src/parsing/yamlStream';

const whole = (text: string) => [...(parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false }) as unknown as object[])];
const base = 'a: 1\n---\n# lead\nb: [1, 2]\n# trail\n---\nc: |\n  x\n---\nd: "q"\n';

describe('parseYamlStream: an edit re-parses only the documents that changed', () => {
  const cases: [string, string][] = [
    ['edit inside a middle document', base.replace('b: [1, 2]', 'b: [1, 2, 3]')],
    ['edit in the first document (whole parse)', base.replace('a: 1', 'a: 22')],
    ['edit in the last document', base.replace('"q"', '"qq"')],
    ['insert a `---` after a comment', base.replace('# trail\n', '# trail\n---\n')],
    ['remove a `---`', base.replace('---\nc:', 'c:')],
    ['an edit that breaks the YAML', base.replace('b: [1, 2]', 'b: [1, 2')],
    ['a directive', `%YAML 1.1\n---\n${base.replace('b: [1, 2]', 'b: yes')}`],
    ['a `...` marker', base.replace('---\nc:', '...\n---\nc:')],
    ['CRLF line ends', base.replaceAll('\n', '\r\n').replace('"q"', '"z"')],
    ['a byte order mark', `\ufeff${base.replace('"q"', '"z"')}`],
    ['a comment after a blank line below a scalar document', 'x\n\n# goes to the next\n---\nb: 1\n---\nc: 2\n'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: equals the whole parse`, () => {
      const previous = parseYamlStream(base);
      assert.deepStrictEqual(parseYamlStream(text, { ...previous, text: base }).documents, whole(text));
    });
  }

  it('reuses the unchanged documents before the change as they are, and moves those after it', () => {
    const previous = parseYamlStream(base);
    const text = base.replace('b: [1, 2]', 'b: [1, 2, 3]');
    const { documents } = parseYamlStream(text, { ...previous, text: base });
    assert.equal(documents[0], previous.documents[0]);
    assert.notEqual(documents[3], previous.documents[3]);
    assert.deepStrictEqual(documents[3].range, [previous.documents[3].range[0] + 3, previous.documents[3].range[1] + 3, previous.documents[3].range[2] + 3]);
    assert.deepStrictEqual(previous.documents[3].range, whole(base).map((doc) => (doc as { range: number[] }).range)[3]);
  });
});
