import { strict as assert } from 'node:assert';
import { markdownToPlainText } from '../../cli/src/plainText';

describe('cli: Markdown as terminal text (--explain, SARIF help.text)', () => {
  it('drops emphasis and code marks, keeps lists, tables, quotes and code blocks readable', () => {
    const markdown = [
      'Intro **bold** and `code` and [a link](https://x.example/y).',
      '',
      '- one\n- two\n  - nested a\n  - nested b\n- three',
      '',
      '1. first\n2. second',
      '',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '',
      '> quoted **text**',
      '',
      '```sh\necho hi\n```',
      '',
      '#### Heading',
      '',
      'End.',
    ].join('\n');
    assert.equal(
      markdownToPlainText(markdown),
      [
        'Intro bold and code and a link (https://x.example/y).',
        '',
        '- one\n- two\n  - nested a\n  - nested b\n- three',
        '',
        '1. first\n2. second',
        '',
        '  a | b\n  1 | 2',
        '',
        '> quoted text',
        '',
        '    echo hi',
        '',
        'Heading\n-------\n',
        'End.',
      ].join('\n'),
    );
  });

  it('wraps long paragraphs and list items at the width, indenting continuation lines', () => {
    const text = markdownToPlainText(`- ${'word '.repeat(30)}`, 40);
    const lines = text.split('\n');
    assert.ok(lines.length > 1 && lines.every((line) => line.length <= 40), text);
    assert.ok(lines.slice(1).every((line) => line.startsWith('  word')), text);
  });
});
