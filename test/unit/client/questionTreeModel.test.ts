import assert from 'node:assert/strict';
import { QuestionBank } from '../../../common/src/bank';
import { RuleCatalog } from '../../../common/src/ruleCatalog';
import { rulesJson } from '../../../scripts/buildRules';
import { openQuestionTooltip, QuestionTreeModel, tooltipMarkdown, type TreeNode } from '../../../client/src/questionTreeModel';
import { contentBank } from '../questions/seedFixtures';

const bankJson = contentBank();
const rules = RuleCatalog.fromJson(rulesJson());
const model = () => new QuestionTreeModel(QuestionBank.fromJson(bankJson), rules);

/** Every node below `node`, depth first, as the tree would show them. */
function walk(tree: QuestionTreeModel, node?: TreeNode): TreeNode[] {
  return tree.children(node).flatMap((child) => [child, ...walk(tree, child)]);
}

describe('question tree model', () => {
  it('reaches every question of the bank exactly once, under its topic', () => {
    const tree = model();
    const questions = walk(tree).filter((node) => node.kind === 'question');
    assert.deepEqual(questions.map((node) => node.question.id).sort(), bankJson.questions.map((question) => question.id).sort());
    for (const node of questions) assert.equal(node.parent.topic, node.question.topic);
  });

  it('shows the topics in the bank order, none empty', () => {
    const topics = model().children();
    assert.deepEqual(topics.map((node) => (node.kind === 'topic' ? node.topic : node.kind)), bankJson.topics);
  });

  it('lists under a question exactly the rules that cite it', () => {
    const tree = model();
    const q288 = tree.questionNode('q288')!;
    const citing = rulesJson().rules.filter((rule) => rule.questions.includes('q288')).map((rule) => rule.id);
    assert.ok(citing.includes('dockerfile/prefer-exec-form'));
    assert.deepEqual(tree.children(q288).map((node) => (node.kind === 'rule' ? node.rule.id : node.kind)), citing);
  });

  it('walks back up with parent, to the same node objects getChildren returned (TreeView.reveal needs identity)', () => {
    const tree = model();
    for (const node of walk(tree)) {
      const parent = tree.parent(node);
      const siblings = tree.children(parent);
      assert.ok(siblings.includes(node), `${node.key} is not among its parent's children`);
    }
    assert.equal(tree.parent(tree.children()[0]!), undefined);
  });

  it('filters by the words of QuestionBank.search and shows everything again when cleared', () => {
    const tree = model();
    const count = tree.setFilter('graceful shutdown');
    const shown = walk(tree).filter((node) => node.kind === 'question').map((node) => node.question.id);
    assert.equal(shown.length, count);
    assert.ok(shown.includes('q288'));
    assert.ok(!shown.includes('q1'));
    assert.ok(tree.children().every((topic) => tree.children(topic).length > 0), 'a topic without matches is hidden');
    assert.equal(tree.filter, 'graceful shutdown');
    assert.equal(tree.setFilter('   '), bankJson.questions.length);
    assert.equal(tree.filter, undefined);
    assert.equal(walk(tree).filter((node) => node.kind === 'question').length, bankJson.questions.length);
  });

  it('shows nothing for words no question has', () => {
    const tree = model();
    assert.equal(tree.setFilter('zzqqxx'), 0);
    assert.deepEqual(tree.children(), []);
    assert.equal(tree.isShown('q288'), false);
  });
});

describe('question tooltip', () => {
  const question = (id: string) => bankJson.questions.find((entry) => entry.id === id)!;

  it('is the short answer of an answered question', () => {
    assert.ok(tooltipMarkdown(question('q288'), 10_000).startsWith('Graceful shutdown: when a container receives `SIGTERM`'));
  });

  it('says so for an open question, which has no answer', () => {
    const open = question('followup-1');
    assert.equal(open.number, null);
    assert.equal(tooltipMarkdown(open), openQuestionTooltip);
    assert.equal(tooltipMarkdown({ ...open, prompt: 'What *do* you think?' }), 'What *do* you think?');
  });

  it('cuts a long answer and never shows an image', () => {
    const long = { ...question('q288'), shortAnswer: `${'word '.repeat(100)}\n\n![x](https://example.invalid/x.png) ${'more '.repeat(200)}` };
    const text = tooltipMarkdown(long, 700);
    assert.ok(text.length < 720 && text.endsWith('…'));
    assert.equal(tooltipMarkdown({ ...long, shortAnswer: 'See ![x](https://example.invalid/x.png)' }), 'See \\![x](https://example.invalid/x.png)');
  });
});
