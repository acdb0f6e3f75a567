import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../../../../server/src/engine/lint';
import { composeRules } from '../../../../server/src/targets/compose/rules/index';
import { compose } from '../../../../server/src/targets/compose/index';

function count(ruleId: string, text: string): number {
  const document = TextDocument.create('file:///docs/compose.yaml', 'dockercompose', 1, text);
  return lintDocument(document, compose, { maxFileSize: 1 << 20 }).findings.filter((finding) => finding.rule.id === ruleId).length;
}

describe('compose rules: catalog', () => {
  it('has at least 20 rules, sorted, each with a table test', () => {
    assert.ok(composeRules.length >= 20);
    const files = composeRules.map((rule) => rule.id.replace('compose/', ''));
    assert.deepEqual(files, [...files].sort());
    assert.deepEqual(files.filter((name) => !existsSync(`test/unit/rules/compose/${name}.test.ts`)), []);
  });

  for (const rule of composeRules) {
    it(`${rule.id}: its documented bad example is caught and its good one is not`, () => {
      assert.ok(rule.docs.bad && rule.docs.good);
      assert.equal(count(rule.id, rule.docs.bad), 1);
      assert.equal(count(rule.id, rule.docs.good), 0);
    });
  }
});
