import assert from 'node:assert/strict';
import type { WorkspaceFacts } from '../../../../server/src/engine/rule';
import { dockerfileRules } from '../../../../server/src/targets/dockerfile/rules/index';
import { rulesById } from '../../../../server/src/targets/index';
import { findingsOf } from '../../ruleTester';

/** Every Dockerfile rule: its documented examples must behave as documented. */
const RULES = dockerfileRules.map((rule) => rule.id.replace(/^dockerfile\//, ''));

/** Facts some examples describe in a comment (`# .dockerignore: dist`). */
const WORKSPACE: Record<string, { bad: WorkspaceFacts; good: WorkspaceFacts }> = {
  'dockerfile/no-copy-ignored-file': { bad: { dockerignore: 'dist\n' }, good: { dockerignore: 'node_modules\n' } },
  'dockerfile/require-dockerignore': { bad: { dockerignore: null }, good: { dockerignore: '.git\nnode_modules\n.env\n' } },
  'dockerfile/no-untrusted-registry': { bad: { trustedRegistries: ['registry.example.com'] }, good: { trustedRegistries: ['registry.example.com'] } },
};

/** Examples are fragments; give them a stage when they have none. */
function complete(example: string): string {
  return /^(FROM|ARG|from)\b/m.test(example) ? example : `FROM alpine:3.20\n${example}`;
}

describe('documented examples', () => {
  for (const id of RULES) {
    const rule = rulesById.get(`dockerfile/${id}`);
    it(`dockerfile/${id}: the bad example is caught and the good one is not`, () => {
      assert.ok(rule, id);
      assert.ok(rule.docs.bad && rule.docs.good, 'documents a bad and a good example');
      const facts = WORKSPACE[rule.id];
      assert.ok(findingsOf(rule.id, complete(rule.docs.bad), facts?.bad).findings.length > 0, 'bad example caught');
      assert.deepEqual(findingsOf(rule.id, complete(rule.docs.good), facts?.good).findings.map((finding) => finding.message), []);
    });
  }
});
