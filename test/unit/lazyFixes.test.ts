import assert from 'node:assert/strict';
import { runRules } from '../../server/src/engine/lint';
import type { DockerfileContext, Finding, Fix } from '../../server/src/engine/rule';
import { testDockerfileRule } from './ruleTester';
import { Suppressions } from '../../server/src/suppressions/suppressions';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const fix: Fix = { title: 'Fix it', edits: [{ range, newText: 'x' }] };

function ruleWithLazyFixes(fixes: () => Fix[] | undefined) {
  return testDockerfileRule('dockerfile/lazy', function* (): Generator<Finding> {
    yield { range, message: 'm', fixes };
  }, 'safe');
}

describe('fixes a rule computes on demand', () => {
  it('are computed only when asked for, once, with their rule safety', () => {
    let calls = 0;
    const rule = ruleWithLazyFixes(() => {
      calls++;
      return [fix];
    });
    const [finding] = runRules([rule], {} as DockerfileContext, Suppressions.none, { maxFileSize: 1 << 20 }).findings;
    assert.equal(calls, 0);
    // Not a getter of the finding's own: that would give each finding a property dictionary of its own.
    assert.equal(Object.getOwnPropertyDescriptor(finding!, 'fixes'), undefined);
    assert.deepEqual(finding!.fixes, [{ ...fix, safety: 'safe' }]);
    assert.equal(finding!.fixes, finding!.fixes);
    assert.equal(calls, 1);
    // Once read, the finding holds its fixes as a value: no getter keeps the rule's parse alive.
    assert.equal(Object.getOwnPropertyDescriptor(finding!, 'fixes')!.get, undefined);
  });

  it('read as no fixes when there is nothing to edit, also in JSON', () => {
    const [finding] = runRules([ruleWithLazyFixes(() => undefined)], {} as DockerfileContext, Suppressions.none, { maxFileSize: 1 << 20 }).findings;
    assert.equal(finding!.fixes, undefined);
    assert.equal('fixes' in JSON.parse(JSON.stringify({ ...finding!, rule: undefined })), false);
  });

  it('that throw leave the finding without a fix and count as a failure of the rule', () => {
    const result = runRules([ruleWithLazyFixes(() => {
      throw new Error('no fix here');
    })], {} as DockerfileContext, Suppressions.none, { maxFileSize: 1 << 20 });
    assert.equal(result.findings[0]!.fixes, undefined);
    assert.equal(result.findings[0]!.message, 'm');
    assert.deepEqual(result.failures.map(({ ruleId, error }) => `${ruleId}: ${(error as Error).message}`), ['dockerfile/lazy: no fix here']);
  });
});
