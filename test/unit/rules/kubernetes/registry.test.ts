import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { kubernetesRules } from '../../../../server/src/targets/kubernetes/rules/index';

const RULES = 'server/src/targets/kubernetes/rules';

describe('kubernetes rule registry', () => {
  const files = readdirSync(RULES).filter((file) => file.endsWith('.ts') && file !== 'index.ts').map((file) => file.slice(0, -3));

  it('registers every rule file once, sorted, under an id named after its file', () => {
    assert.deepEqual(kubernetesRules.map((rule) => rule.id), files.sort().map((file) => `kubernetes/${file}`));
    assert.ok(kubernetesRules.length >= 30);
  });

  it('has a table test for every rule', () => {
    for (const file of files) assert.ok(existsSync(`test/unit/rules/kubernetes/${file}.test.ts`), file);
  });

  it('gives each alias to one rule only, so an ignore comment names one check', () => {
    const aliases = kubernetesRules.flatMap((rule) => rule.aliases.map((alias) => alias.toLowerCase()));
    assert.deepEqual(aliases.filter((alias, index) => aliases.indexOf(alias) !== index), []);
  });

  it('names rules with a verb a user can read: no-, require-, prefer-', () => {
    for (const rule of kubernetesRules) assert.match(rule.id, /^kubernetes\/(?:no|require|prefer)-[a-z0-9-]+$/);
  });
});
