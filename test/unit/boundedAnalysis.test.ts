import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, DOCUMENT_BLOCK, formatCount, RuleRun, runRules, type LintOptions, type RuleFinding } from '../../server/src/engine/lint';
import type { DockerfileContext, Finding } from '../../server/src/engine/rule';
import { testDockerfileRule } from './ruleTester';
import { Suppressions } from '../../server/src/suppressions/suppressions';
import { targetsByName } from '../../server/src/targets/index';
import { kubernetes } from '../../server/src/targets/kubernetes/index';

/** A clock that moves only when a test moves it. */
function testClock(): { now: number; clock: () => number } {
  const time = { now: 0, clock: () => time.now };
  return time;
}

function ruleOf(id: string, findings: number, onEach: () => void = () => {}) {
  return testDockerfileRule(id, function* (): Generator<Finding> {
    for (let line = 0; line < findings; line++) {
      onEach();
      yield { range: { start: { line, character: 0 }, end: { line, character: 1 } }, message: `${id} ${line}` };
    }
  });
}

const context = {} as DockerfileContext;

/** A stream of `count` privileged Pods, 11 lines each with its `---`: the Pod of a finding is its line / 11. */
function pods(count: number): TextDocument {
  const pod = (index: number) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${index}\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n` +
    '      securityContext:\n        privileged: true\n';
  return TextDocument.create('file:///w/pods.yaml', 'yaml', 1, Array.from({ length: count }, (_, index) => pod(index)).join('---\n'));
}
const podOf = (finding: RuleFinding) => Math.floor(finding.range.start.line / 11);
const ruleIndex = (finding: RuleFinding) => kubernetes.rules.indexOf(finding.rule as (typeof kubernetes.rules)[number]);

describe('bounded analysis', () => {
  describe('the cap on findings', () => {
    it('reports the first findings of a file and one message for the rest', () => {
      const result = runRules([ruleOf('dockerfile/a', 8), ruleOf('dockerfile/b', 8)], context, Suppressions.none, { maxFileSize: 1 << 20, maxFindings: 10 });
      assert.deepEqual(
        result.findings.map((finding) => finding.message),
        [...Array.from({ length: 8 }, (_, line) => `dockerfile/a ${line}`), 'dockerfile/b 0', 'dockerfile/b 1'],
      );
      assert.equal(result.partial, 'Container Coach analysed this file only in part: it has over 10 findings; the first 10 are shown, the others are not reported.');
    });

    it('says nothing of a file with exactly as many findings as the cap', () => {
      const result = runRules([ruleOf('dockerfile/a', 10)], context, Suppressions.none, { maxFileSize: 1 << 20, maxFindings: 10 });
      assert.equal(result.findings.length, 10);
      assert.equal(result.partial, undefined);
    });

    it('caps a real file of 90,000 findings at 1,000', () => {
      const services = Array.from({ length: 11_250 }, (_, index) => `  s${index}: {image: x}\n`).join('');
      const document = TextDocument.create('file:///w/compose.yaml', 'dockercompose', 1, `services:\n${services}`);
      const { result } = targetsByName.compose.analyse(document, { maxFileSize: 1 << 20, timeBudgetMs: Infinity });
      assert.equal(result.findings.length, 1000);
      assert.deepEqual(result.failures, []);
      assert.match(result.partial ?? '', /only in part: it has over 1,000 findings; the first 1,000 are shown/);
    });

    it('checks a stream of up to DOCUMENT_BLOCK documents rule by rule, each rule on every document', () => {
      const { findings } = analyse(pods(DOCUMENT_BLOCK), kubernetes, { maxFileSize: 1 << 20, timeBudgetMs: Infinity }).result;
      assert.ok(findings.length > 3 * DOCUMENT_BLOCK);
      assert.deepEqual(findings.map(ruleIndex), findings.map(ruleIndex).sort((a, b) => a - b));
      assert.equal(new Set(findings.map(podOf)).size, DOCUMENT_BLOCK);
    });

    it('checks a longer stream a block at a time: past the cap, every finding of the first documents', () => {
      const lint = (maxFindings?: number) => analyse(pods(DOCUMENT_BLOCK + 10), kubernetes, { maxFileSize: 1 << 20, timeBudgetMs: Infinity, maxFindings }).result;
      const all = lint().findings;
      // The rules that read the whole file (a ServiceAccount may be anywhere) run with the last block.
      const perDocument = all.filter((finding) => finding.rule.scope === 'document');
      const firstBlock = perDocument.filter((finding) => podOf(finding) < DOCUMENT_BLOCK);
      assert.deepEqual(all.slice(0, firstBlock.length), firstBlock);
      assert.deepEqual(firstBlock.map(ruleIndex), firstBlock.map(ruleIndex).sort((a, b) => a - b));
      assert.equal(perDocument.length, (firstBlock.length / DOCUMENT_BLOCK) * (DOCUMENT_BLOCK + 10));
      const lastBlock = all.slice(firstBlock.length);
      assert.ok(lastBlock.some((finding) => finding.rule.scope !== 'document'));
      assert.deepEqual(lastBlock.map(ruleIndex), lastBlock.map(ruleIndex).sort((a, b) => a - b));
      const capped = lint(firstBlock.length + 2);
      assert.deepEqual(capped.findings, all.slice(0, firstBlock.length + 2));
      // The error of each Pod of the first block is shown, not crowded out by the first rules' warnings on every Pod.
      const errors = capped.findings.filter((finding) => finding.rule.id === 'kubernetes/no-privileged');
      assert.deepEqual(errors.map(podOf), Array.from({ length: DOCUMENT_BLOCK }, (_, index) => index));
      assert.match(capped.partial ?? '', /it has over \d+ findings; the first \d+ are shown/);
    });

    it('reports a rule that throws once, not once a block', () => {
      const broken = { ...kubernetes.rules.find((rule) => rule.id === 'kubernetes/no-privileged')!, check: () => { throw new Error('broken'); } };
      const target = { ...kubernetes, rules: [broken, ...kubernetes.rules.filter((rule) => rule !== kubernetes.rules.find((each) => each.id === broken.id))] };
      const result = analyse(pods(3 * DOCUMENT_BLOCK), target, { maxFileSize: 1 << 20, timeBudgetMs: Infinity }).result;
      assert.deepEqual(result.failures.map(({ ruleId }) => ruleId), ['kubernetes/no-privileged']);
      assert.ok(result.findings.length > 0);
    });

    it('writes the cap as en-US does, with a comma every three digits', () => {
      for (const count of [0, 7, 999, 1000, 12_345, 100_000, 1_234_567, 10_000_000]) assert.equal(formatCount(count), count.toLocaleString('en-US'), String(count));
    });
  });

  describe('the time budget', () => {
    it('stops between findings once the budget is spent and says how far it got', () => {
      const time = testClock();
      const slow = ruleOf('dockerfile/slow', 5, () => (time.now += 400));
      const options: LintOptions = { maxFileSize: 1 << 20, timeBudgetMs: 1000, clock: time.clock };
      const result = runRules([slow, ruleOf('dockerfile/z', 3)], context, Suppressions.none, options);
      assert.deepEqual(result.findings.map((finding) => finding.message), ['dockerfile/slow 0', 'dockerfile/slow 1', 'dockerfile/slow 2']);
      assert.equal(result.partial, 'Container Coach analysed this file only in part: its rules took over 1 s (0 of 2 ran to the end); the findings so far are shown.');
    });

    it('stops between rules', () => {
      const time = testClock();
      const rules = [ruleOf('dockerfile/a', 1, () => (time.now += 600)), ruleOf('dockerfile/b', 1, () => (time.now += 600)), ruleOf('dockerfile/c', 1)];
      const result = runRules(rules, context, Suppressions.none, { maxFileSize: 1 << 20, timeBudgetMs: 1000, clock: time.clock });
      assert.deepEqual(result.findings.map((finding) => finding.message), ['dockerfile/a 0', 'dockerfile/b 0']);
      assert.match(result.partial ?? '', /\(1 of 3 ran to the end\)/);
    });

    it('says how many documents of a long stream every rule checked', () => {
      const document = pods(2 * DOCUMENT_BLOCK + 20);
      let reads = 0;
      assert.equal(analyse(document, kubernetes, { maxFileSize: 1 << 20, maxFindings: Infinity, timeBudgetMs: Infinity, clock: () => reads++ }).result.partial, undefined);
      // The documents are alike: 60% of the clock's readings is in the second block.
      let now = 0;
      const { result } = analyse(document, kubernetes, { maxFileSize: 1 << 20, maxFindings: Infinity, timeBudgetMs: Math.round(reads * 0.6), clock: () => now++ });
      assert.match(result.partial ?? '', new RegExp(`its rules took over [^(]+ \\(every rule ran on ${DOCUMENT_BLOCK} of its ${2 * DOCUMENT_BLOCK + 20} documents\\); the findings so far are shown\\.$`));
      assert.ok(result.findings.some((finding) => podOf(finding) >= DOCUMENT_BLOCK));
      assert.ok(result.findings.every((finding) => podOf(finding) < 2 * DOCUMENT_BLOCK));
    });

    it('runs every rule of a file within the budget', () => {
      const time = testClock();
      const rules = [ruleOf('dockerfile/a', 3, () => (time.now += 100)), ruleOf('dockerfile/b', 3, () => (time.now += 100))];
      const result = runRules(rules, context, Suppressions.none, { maxFileSize: 1 << 20, timeBudgetMs: 1000, clock: time.clock });
      assert.equal(result.findings.length, 6);
      assert.equal(result.partial, undefined);
    });
  });

  describe('slices', () => {
    it('runs in slices to the same findings as at once, counting only the time spent in them', () => {
      const time = testClock();
      const rules = [ruleOf('dockerfile/a', 4, () => (time.now += 10)), ruleOf('dockerfile/b', 4, () => (time.now += 10))];
      const run = new RuleRun(rules, context, Suppressions.none, { maxFileSize: 1 << 20, timeBudgetMs: 100, clock: time.clock });
      let slices = 0;
      while (!run.step(25)) {
        slices++;
        time.now += 1000;
      }
      assert.equal(slices, 2);
      assert.equal(run.result.partial, undefined);
      assert.deepEqual(run.result, runRules(rules, context, Suppressions.none, { maxFileSize: 1 << 20 }));
    });

    it('finishes the rules still to run when the findings are read', () => {
      const document = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, 'FROM alpine\nRUN apt install curl\n');
      const analysis = targetsByName.dockerfile.analyse(document, { maxFileSize: 1 << 20 });
      assert.equal(analysis.step(0), false);
      assert.ok(analysis.result.findings.some((finding) => finding.rule.id === 'dockerfile/no-apt'));
      assert.equal(analysis.step(0), true);
    });
  });
});

describe('what is skipped as binary', () => {
  const skipped = (text: string) => targetsByName.dockerfile.analyse(TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text), { maxFileSize: 1 << 20 }).result.skipped;
  const decoded = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)))).toString('utf8');

  it('lints a small Dockerfile with a few invalid UTF-8 bytes or control bytes', () => {
    const invalid = decoded('FROM alpine\nRUN echo ', [0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1], '\nCMD run\n');
    assert.ok(invalid.includes('\ufffd'));
    assert.equal(skipped(invalid), undefined);
    const document = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, invalid);
    assert.ok(targetsByName.dockerfile.analyse(document, { maxFileSize: 1 << 20 }).result.findings.some((finding) => finding.rule.id === 'dockerfile/prefer-exec-form'));
    assert.equal(skipped('FROM alpine\nRUN printf "\u0001\u0002\u0003\u001b[0m"\n'), undefined);
  });

  it('skips binaries: a NUL, or a text that is mostly control bytes and invalid UTF-8', () => {
    assert.match(skipped(decoded([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR')) ?? '', /looks binary/);
    const junk = decoded(Array.from({ length: 4096 }, (_, index) => 0x80 + ((index * 37) % 0x7f)));
    assert.match(skipped(junk) ?? '', /looks binary/);
  });
});

describe('what is skipped as too large', () => {
  const skipped = (text: string, maxFileSize: number) =>
    targetsByName.dockerfile.analyse(TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text), { maxFileSize }).result.skipped;
  const comment = (body: string) => `FROM alpine\n# ${body}\n`;

  it('counts the size in UTF-8 bytes: two-byte letters and four-byte emoji count in full', () => {
    assert.equal(skipped(comment('é'.repeat(400)), 1024), undefined);
    assert.match(skipped(comment('é'.repeat(600)), 1024) ?? '', /it is 2 KB, over the 1 KB limit/);
    assert.match(skipped(comment('😀'.repeat(300)), 1024) ?? '', /it is 2 KB, over the 1 KB limit/);
  });

  it('lints a text of exactly the limit, and skips one byte more', () => {
    const atLimit = comment('a'.repeat(1024 - comment('').length));
    assert.equal(Buffer.byteLength(atLimit), 1024);
    assert.equal(skipped(atLimit, 1024), undefined);
    assert.match(skipped(`${atLimit}#`, 1024) ?? '', /over the 1 KB limit/);
  });
});
