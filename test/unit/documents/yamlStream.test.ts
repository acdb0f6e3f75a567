import { strict as assert } from 'node:assert';
import { parseAllDocuments } from 'yaml';
import { parseYamlStream } from '../../../server/src/parsing/yamlStream';

const whole = (text: string) => [...(parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false }) as unknown as object[])];
const base = 'a: 1\n---\n# lead\nb: [1, 2]\n# trail\n---\nc: |\n  x\n---\nd: "q"\n';

describe('parseYamlStream: an edit re-parses only the documents that changed', () => {
  const cases: [string, string][] = [
    ['edit inside a middle document', base.replace('b: [1, 2]', 'b: [1, 2, 3]')],
    ['edit in the first document', base.replace('a: 1', 'a: 22')],
    ['the first document emptied to a comment', base.replace('a: 1', '# nothing')],
    ['comments before the first `---` edited', `# head\n${base}`],
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

  it('parses an edited first document alone and moves the documents after it', () => {
    const previous = parseYamlStream(base);
    const sameLength = parseYamlStream(base.replace('a: 1', 'a: 2'), { ...previous, text: base }).documents;
    assert.notEqual(sameLength[0], previous.documents[0]);
    assert.deepStrictEqual(sameLength.slice(1), previous.documents.slice(1));
    assert.ok(sameLength.slice(1).every((doc, index) => doc === previous.documents[index + 1]));
    const longer = parseYamlStream(base.replace('a: 1', 'a: 22'), { ...previous, text: base }).documents;
    assert.ok(longer.slice(1).every((doc, index) => doc !== previous.documents[index + 1]));
    assert.deepStrictEqual(longer[1].range, previous.documents[1].range.map((offset) => offset + 1));
  });
});
