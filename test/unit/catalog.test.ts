import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QuestionBank } from '../../common/src/bank';
import { RuleCatalog } from '../../common/src/ruleCatalog';
import { rules } from '../../server/src/targets/index';
import { rulesJson } from '../../scripts/buildRules';
import { contentBank } from './questions/seedFixtures';

const bank = QuestionBank.fromJson(contentBank());

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
