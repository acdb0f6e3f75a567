import assert from 'node:assert/strict';
import type { SeedQuestion } from '../../../scripts/bank/parseSeeds';
import { noteTitle, renderMarkdown, renderQuestionHtml } from '../../../scripts/bank/renderQuestionHtml';

function answered(shortAnswer: string, codeBlockCount = 0): SeedQuestion {
  return {
    id: 'q1', number: 1, title: 'T', status: 'answered', source: { fileName: 'f.txt', line: 1 }, shortAnswer, inDepth: 'More.', sections: [],
    codeBlocks: Array.from({ length: codeBlockCount }, () => ({ language: 'bash', inferred: false, code: '' })),
  };
}

describe('renderQuestionHtml', () => {
  it('lets no HTML from the source through', () => {
    const html = renderQuestionHtml(answered('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nText <b onclick="x()">bold</b>'), []);
    assert.doesNotMatch(html, /<script|<img|<b |<b>/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('keeps only http(s) links', () => {
    const html = renderMarkdown('[docs](https://docs.docker.com/) [bad](javascript:alert(1)) [file](file:///etc/passwd) [rel](./x.md)');
    assert.deepEqual([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]), ['https://docs.docker.com/']);
    assert.match(html, /\[bad\]\(javascript:alert\(1\)\)/);
  });

  it('loads no images: an image becomes "!" and a plain link', () => {
    const html = renderMarkdown('![remote](https://example.com/x.png)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /!<a href="https:\/\/example.com\/x.png">remote<\/a>/);
  });

  it('highlights code with highlight.js classes, numbering the blocks', () => {
    const html = renderQuestionHtml(answered('```dockerfile\nFROM alpine\n```\n\n```\nservices:\n  web:\n    image: nginx\n```', 2), []);
    assert.match(html, /<pre class="cc-code" data-code-index="0" data-language="dockerfile"><code class="hljs language-dockerfile"><span class="hljs-keyword">FROM<\/span> alpine<\/code><\/pre>/);
    assert.match(html, /<pre class="cc-code" data-code-index="1" data-language="yaml"><code class="hljs language-yaml"><span class="hljs-attr">services:<\/span>/);
  });

  it('escapes code in a language highlight.js does not know', () => {
    const html = renderQuestionHtml(answered('```hcl\ntarget "a" { x = "<b>" }\n```', 1), []);
    assert.match(html, /<code class="hljs language-hcl">target &quot;a&quot; \{ x = &quot;&lt;b&gt;&quot; \}<\/code>/);
  });

  it(`puts notes in a "${noteTitle}" block before the seed's text`, () => {
    const html = renderQuestionHtml(answered('Seed text.'), [{ id: 'n1', markdown: 'Use `--omit=dev`.' }]);
    assert.match(html, /^<aside class="cc-own cc-note">\n<p class="cc-note-title">Note from Container Coach<\/p>\n<div class="cc-note-item" data-note="n1">\n<p>Use <code>--omit=dev<\/code>.<\/p>\n<\/div>\n<\/aside>\n<section class="cc-short-answer">/);
  });

  it('renders the in-depth part under its heading, and section headings inline', () => {
    const sectioned: SeedQuestion = { ...answered('x'), shortAnswer: undefined, inDepth: undefined, prompt: 'Why?', sections: [{ heading: '1. The `FROM` <line>', markdown: 'Body.' }] };
    assert.match(renderQuestionHtml(answered('Short.'), []), /<section class="cc-in-depth">\n<h2>In-depth<\/h2>\n<p>More.<\/p>/);
    assert.match(renderQuestionHtml(sectioned, []), /<section class="cc-prompt">\n<p>Why\?<\/p>\n<\/section>\n<section class="cc-section">\n<h2>1. The <code>FROM<\/code> &lt;line&gt;<\/h2>/);
  });
});
