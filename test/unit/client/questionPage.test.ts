import assert from 'node:assert/strict';
import type { Question } from '../../../common/src/bank';
import { RuleCatalog } from '../../../common/src/ruleCatalog';
import { rulesJson } from '../../../scripts/buildRules';
import { parseViewMessage, renderQuestionPage, renderRulePage, escapeHtml, titleHtml, withCodeActions, type MessageContext } from '../../../client/src/questionPage';
import { questionLabel } from '../../../client/src/questionBank';
import { contentBank } from '../questions/seedFixtures';

const bank = contentBank();
const rules = RuleCatalog.fromJson(rulesJson());
const question = (id: string) => bank.questions.find((entry) => entry.id === id)!;
const nav = { canGoBack: false, canGoForward: true };
const nonce = 'bm9uY2Vub25jZQ==';

/** The page's HTML with the bank's body and rule docs removed: what this module writes itself. */
function ownMarkup(html: string, q: Question): string {
  return html.replace(withCodeActions(q.html, q.id), '');
}

describe('question page', () => {
  it('has a strict CSP: nothing may load, only the nonce’d style and script run', () => {
    const html = renderQuestionPage({ question: question('q2'), rules: [], related: [] }, nav, nonce);
    assert.match(html, new RegExp(`content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';"`));
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, new RegExp(`<script nonce="${nonce}">`));
    assert.match(html, new RegExp(`<style nonce="${nonce}">`));
    assert.doesNotMatch(ownMarkup(html, question('q2')), /\b(src|href)=|https?:\/\/(?!example)|\bstyle="/, 'no resource, link or inline style of its own');
  });

  it('renders inline code in a title as code, in the view; as plain text in labels', () => {
    const q = question('q257');
    assert.equal(q.title, 'What is the `docker buildx` command and its use cases?');
    const html = renderQuestionPage({ question: q, rules: [], related: [] }, nav, nonce);
    assert.match(html, /<h1 id="cc-title" data-question="q257">What is the <code>docker buildx<\/code> command and its use cases\?<\/h1>/);
    assert.match(html, /<title>Q257\. What is the docker buildx command and its use cases\?<\/title>/);
    assert.equal(questionLabel(q), 'Q257. What is the docker buildx command and its use cases?');
    assert.equal(titleHtml('a `<b>` & `c`'), 'a <code>&lt;b&gt;</code> &amp; <code>c</code>');
    assert.equal(titleHtml('an `unclosed tick'), 'an `unclosed tick');
  });

  it('names the seed document in the footer', () => {
    const html = renderQuestionPage({ question: question('q288'), rules: [], related: [] }, nav, nonce);
    const title = bank.documents.find((document) => document.fileName === question('q288').source.fileName)!.title;
    assert.match(title, /Docker \+ Kubernetes, Tooling & Expert Production/);
    assert.ok(html.includes(`<footer><p>From the source document “${escapeHtml(title)}” (004_4101e3df04024357.txt, line`), html.slice(-400));
  });

  it('marks a question of ours in the kicker, the body and the footer', () => {
    const q = question('cc-package-installs');
    const html = renderQuestionPage({ question: q, rules: rules.citing(q.id), related: [] }, nav, nonce);
    assert.match(html, /<p class="cc-kicker cc-own-kicker">Container Coach · our own question<\/p>/);
    assert.match(html, /<p class="cc-own cc-own-question">Written by Container Coach: this question and its answer are ours/);
    assert.match(html, /<footer><p>Written by Container Coach; not from the source documents\./);
    assert.match(html, /<title>Container Coach: How do you install packages in a Dockerfile without prompts or leftover caches\?<\/title>/);
    assert.match(html, /data-action="openRule" data-id="dockerfile\/require-apk-no-cache"/);
  });

  it('shows the title, the number, Copy and Insert at cursor above each code block', () => {
    const q = question('q2');
    const html = renderQuestionPage({ question: q, rules: [], related: [] }, nav, nonce);
    assert.match(html, /<h1 id="cc-title" data-question="q2">/);
    assert.match(html, /<p class="cc-kicker">Q2<\/p>/);
    assert.equal((html.match(/data-action="copyCode"/g) ?? []).length, q.codeBlocks.length);
    assert.equal((html.match(/data-action="insertCode"/g) ?? []).length, q.codeBlocks.length);
    assert.match(html, /<button data-action="insertCode" data-question="q2" data-index="4"[^>]*>Insert at cursor<\/button><\/div><pre class="cc-code" data-code-index="4"/);
    assert.match(html, /<button data-action="back"[^>]* disabled>/);
    assert.doesNotMatch(html, /<button data-action="forward"[^>]* disabled>/);
  });

  it('labels an open question without a number', () => {
    const html = renderQuestionPage({ question: question('followup-2'), rules: [], related: [] }, nav, nonce);
    assert.match(html, /<p class="cc-kicker">Open question<\/p>/);
    assert.doesNotMatch(html, /Qnull/);
  });

  it('lists the citing rules and the related questions as buttons carrying their ids', () => {
    const q = question('q288');
    const html = renderQuestionPage({ question: q, rules: rules.citing('q288'), related: [{ id: 'q265', label: 'Q265. Something' }] }, nav, nonce);
    assert.match(html, /<button class="cc-link" data-action="openRule" data-id="dockerfile\/prefer-exec-form">dockerfile\/prefer-exec-form<\/button>/);
    assert.match(html, /<button class="cc-link" data-action="openQuestion" data-id="q265">Q265\. Something<\/button>/);
    assert.match(html, /<aside class="cc-own cc-note">/, 'our note is marked as ours');
  });

  it('escapes every string it writes itself', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const q = { ...question('q288'), title: evil, topic: evil, tags: [evil], source: { fileName: evil, line: 1 } };
    const html = renderQuestionPage({ question: q, rules: [], related: [{ id: evil, label: evil }] }, nav, nonce);
    const own = ownMarkup(html, q);
    assert.doesNotMatch(own, /<img|"'&</);
    assert.match(own, /&lt;img src=x onerror=alert\(1\)&gt;&quot;&#39;&amp;/);
  });

  it('shows a rule with its why, bad and good examples and the questions that explain it', () => {
    const rule = rules.get('dockerfile/prefer-exec-form')!;
    const html = renderRulePage({ rule, questions: [{ id: 'q288', label: 'Q288. Graceful shutdown' }] }, nav, nonce);
    assert.match(html, /<h1 id="cc-title" data-rule="dockerfile\/prefer-exec-form">/);
    assert.match(html, /<h2>Why<\/h2>/);
    assert.match(html, /<h2>Instead of<\/h2>\n<pre class="cc-code" data-language="dockerfile">/);
    assert.match(html, /<h2>Write<\/h2>/);
    assert.match(html, /data-action="openQuestion" data-id="q288"/);
    assert.match(html, /<code>DL3025<\/code>/);
  });
});

describe('question page messages', () => {
  const context: MessageContext = {
    hasQuestion: (id) => id === 'q2' || id === 'q288',
    hasRule: (id) => id === 'dockerfile/prefer-exec-form',
    codeBlockCount: (id) => (id === 'q2' ? 5 : 0),
  };
  const parse = (data: unknown) => parseViewMessage(data, context);

  it('accepts the messages the page sends, with known ids', () => {
    assert.deepEqual(parse({ type: 'openQuestion', id: 'q288' }), { type: 'openQuestion', id: 'q288' });
    assert.deepEqual(parse({ type: 'openRule', id: 'dockerfile/prefer-exec-form', extra: 1 }), { type: 'openRule', id: 'dockerfile/prefer-exec-form' });
    assert.deepEqual(parse({ type: 'insertCode', questionId: 'q2', index: 4 }), { type: 'insertCode', questionId: 'q2', index: 4 });
    assert.deepEqual(parse({ type: 'copyCode', questionId: 'q2', index: 0 }), { type: 'copyCode', questionId: 'q2', index: 0 });
    assert.deepEqual(parse({ type: 'back' }), { type: 'back' });
    assert.deepEqual(parse({ type: 'forward', id: 'x' }), { type: 'forward' });
  });

  it('rejects unknown types, unknown ids, bad indexes and non-objects', () => {
    const rejected: unknown[] = [
      null,
      'openQuestion',
      42,
      { type: 'command', command: 'workbench.action.terminal.new' },
      { type: 'executeCommand', id: 'q2' },
      { type: 'openQuestion', id: 'q9999' },
      { type: 'openQuestion', id: ['q2'] },
      { type: 'openRule', id: 'dockerfile/nope' },
      { type: 'insertCode', questionId: 'q2', index: 5 },
      { type: 'insertCode', questionId: 'q2', index: -1 },
      { type: 'insertCode', questionId: 'q2', index: 1.5 },
      { type: 'insertCode', questionId: 'q2', index: '1' },
      { type: 'copyCode', questionId: 'q288', index: 0 },
      { type: 'copyCode', questionId: 'q404', index: 0 },
      { type: '__proto__' },
    ];
    for (const data of rejected) assert.equal(parse(data), undefined, JSON.stringify(data));
  });
});
