import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuestionBank, questionBody, type Question } from '../../common/src/bank';
import { RuleCatalog } from '../../common/src/ruleCatalog';
import { rules } from '../../server/src/targets/index';
import { rulesJson } from '../../scripts/buildRules';
import { contentBank } from './questions/seedFixtures';

const bank = QuestionBank.fromJson(contentBank());

/** The subject words of `subject` that `question` mentions, case-insensitively, in its title or body (code included). */
export function subjectWordsIn(question: Pick<Question, 'title'> & Parameters<typeof questionBody>[0], subject: readonly string[]): string[] {
  const text = `${question.title}\n${questionBody(question)}`.toLowerCase();
  return subject.filter((word) => text.includes(word.toLowerCase()));
}

const maxRuleLinksPerQuestion = 12;

describe('catalog: rules and the question bank', () => {
  it('has rule ids that are unique', () => {
    const ids = rules.map((rule) => rule.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  it('has every rule link to at least one question', () => {
    assert.deepEqual(rules.filter((rule) => rule.questions.length === 0).map((rule) => rule.id), []);
  });

  it('has every question a rule cites exist in the bank, answered', () => {
    const broken = rules.flatMap((rule) =>
      rule.questions.filter((id) => bank.get(id)?.status !== 'answered').map((id) => `${rule.id} → ${id}${bank.get(id) ? ' (open question)' : ' (missing)'}`),
    );
    assert.deepEqual(broken, []);
  });

  it('lists every rule in dist/rules.json, with its docs rendered', () => {
    const json = rulesJson();
    assert.deepEqual(json.rules.map((rule) => rule.id), rules.map((rule) => rule.id));
    for (const rule of json.rules) {
      assert.match(rule.html.why, /\S/, `${rule.id} has no why`);
      assert.equal(rule.html.bad !== undefined, rule.docs.bad !== undefined, rule.id);
      assert.equal(rule.html.good !== undefined, rule.docs.good !== undefined, rule.id);
    }
  });

  it('has every rule declare the words of its subject', () => {
    assert.deepEqual(rules.filter((rule) => rule.subject.length === 0 || rule.subject.some((word) => word.trim() === '')).map((rule) => rule.id), []);
  });

  it('links a rule only to questions whose text mentions its subject, the first one included', () => {
    const broken = rules.flatMap((rule) =>
      rule.questions.filter((id) => bank.get(id) && subjectWordsIn(bank.get(id)!, rule.subject).length === 0).map((id) => `${rule.id} → ${id}`),
    );
    assert.deepEqual(broken, []);
  });

  it(`has no question cited by more than ${maxRuleLinksPerQuestion} rules`, () => {
    const catalog = RuleCatalog.fromJson(rulesJson());
    const crowded = bank.all().filter((question) => catalog.citing(question.id).length > maxRuleLinksPerQuestion);
    assert.deepEqual(crowded.map((question) => `${question.id}: ${catalog.citing(question.id).length} rules`), []);
  });

  it('has every question of ours cited by a rule, first by at least one', () => {
    const own = bank.all().filter((question) => question.origin === 'container-coach');
    assert.ok(own.length >= 15, `${own.length} questions of ours`);
    const uncited = own.filter((question) => !rules.some((rule) => rule.questions[0] === question.id)).map((question) => question.id);
    assert.deepEqual(uncited, []);
  });

  it('cites the seed questions the rules have always been about', () => {
    const cites = (ruleId: string, questionId: string) => rules.find((rule) => rule.id === ruleId)!.questions.includes(questionId);
    const expected: Array<[string, string]> = [
      ['dockerfile/prefer-exec-form', 'q284'],
      ['dockerfile/require-dockerignore', 'q261'],
      ['kubernetes/no-docker-socket', 'q290'],
      ['kubernetes/no-docker-socket', 'q291'],
      ['kubernetes/prefer-image-digest', 'q279'],
      ['compose/require-healthcheck', 'q296'],
      ['compose/require-healthcheck', 'q297'],
      ['dockerfile/no-untrusted-registry', 'q299'],
    ];
    assert.deepEqual(expected.filter(([rule, question]) => !cites(rule, question)), []);
    assert.equal(rules.find((rule) => rule.id === 'kubernetes/prefer-image-digest')!.questions[0], 'q279');
  });

  it('finds, for every question a rule cites, that rule among the citing ones', () => {
    const catalog = RuleCatalog.fromJson(rulesJson());
    for (const rule of rules) {
      for (const id of rule.questions) assert.ok(catalog.citing(id).some((citing) => citing.id === rule.id), `${id} ← ${rule.id}`);
    }
  });
});

describe('catalog: the engine stays editor-neutral and every rule is tested', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.ts')).map((file) => join(dir, file));

  it('never imports vscode from the server, so the CLI and other editors share it', () => {
    const offenders = sources('server/src').filter((file) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('has a table test beside every rule', () => {
    const missing = rules
      .map((rule) => `test/unit/rules/${rule.id}.test.ts`)
      .filter((file) => !existsSync(file));
    assert.deepEqual(missing, []);
  });
});
