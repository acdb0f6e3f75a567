import assert from 'node:assert/strict';
import { QuestionBank, type Question } from '../../../common/src/bank';
import { contentBank } from './seedFixtures';

const bank = QuestionBank.fromJson(contentBank());
const topIds = (text: string, count = 3) => bank.search(text).slice(0, count).map((match) => match.question.id);

function fakeQuestion(id: string, topic: string, title: string, shortAnswer = ''): Question {
  return { id, number: null, title, status: 'answered', origin: 'seed', source: { fileName: 'f.txt', line: 1 }, shortAnswer, sections: [], codeBlocks: [], topic, tags: [], related: [], notes: [], html: '' };
}

describe('QuestionBank', () => {
  it('gets a question by id', () => {
    assert.equal(bank.get('q288')?.title, 'How do you implement graceful shutdown in Docker containers?');
    assert.equal(bank.get('followup-3')?.status, 'open');
    assert.equal(bank.get('q11'), undefined);
  });

  it('lists all questions in source order', () => {
    assert.equal(bank.all().filter((question) => question.origin === 'seed').length, 64);
    assert.deepEqual(bank.all().slice(9, 11).map((question) => question.id), ['q10', 'followup-1']);
  });

  it('groups questions by topic in the listed order, topics it does not list last, empty ones left out', () => {
    const small = new QuestionBank(
      [fakeQuestion('a', 'Storage', 'A'), fakeQuestion('b', 'Other', 'B'), fakeQuestion('c', 'Security', 'C'), fakeQuestion('d', 'Storage', 'D')],
      ['Security', 'Networking', 'Storage'],
    );
    assert.deepEqual(
      small.topics().map(({ topic, questions }) => [topic, questions.map((question) => question.id)]),
      [['Security', ['c']], ['Storage', ['a', 'd']], ['Other', ['b']]],
    );
  });

  it('refuses two questions with the same id', () => {
    assert.throws(() => new QuestionBank([fakeQuestion('a', 'T', 'A'), fakeQuestion('a', 'T', 'B')]), /Duplicate question id a/);
  });

  describe('search', () => {
    it('finds "graceful shutdown" in q288 first', () => assert.equal(topIds('graceful shutdown')[0], 'q288'));
    it('ranks a title match above answer-text matches', () => assert.equal(topIds('Trivy')[0], 'q260'));
    it('ignores case and markdown', () => assert.equal(topIds('DOCKER SCOUT')[0], 'q259'));
    it('matches word prefixes, not the middle of words', () => {
      assert.equal(topIds('CRI')[0], 'q291');
      assert.ok(!bank.search('cri').some((match) => match.question.id === 'q253'), 'q253 says "describe", not CRI');
    });
    it('searches the answer text too', () => assert.ok(topIds('stargz-snapshotter', 5).includes('q251')));
    it('searches our tags', () => assert.equal(topIds('rootless')[0], 'q271'));
    it('requires every word', () => assert.deepEqual(bank.search('graceful kubernetes-nonexistent-word'), []));
    it('returns nothing for an empty query', () => assert.deepEqual(bank.search('   '), []));
    it('scores in descending order', () => {
      const scores = bank.search('docker compose').map((match) => match.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
    });
  });
});
