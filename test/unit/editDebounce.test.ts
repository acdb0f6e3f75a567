import assert from 'node:assert/strict';
import { EditDebounce, type Timers } from '../../server/src/editDebounce';

/** A clock that moves only when the test says, firing the timers it passes. */
class FakeTimers implements Timers {
  private time = 0;
  private timers: { at: number; run: () => void }[] = [];

  now(): number {
    return this.time;
  }

  set(run: () => void, ms: number): unknown {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return timer;
  }

  clear(timer: unknown): void {
    this.timers = this.timers.filter((each) => each !== timer);
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (let next = this.nextDue(until); next; next = this.nextDue(until)) {
      this.time = next.at;
      this.clear(next);
      next.run();
    }
    this.time = until;
  }

  private nextDue(until: number) {
    return [...this.timers].sort((a, b) => a.at - b.at).find((timer) => timer.at <= until);
  }
}

function debounced(delayMs = 100, graceMs = 10) {
  const timers = new FakeTimers();
  const linted: string[] = [];
  const edits = new EditDebounce(delayMs, graceMs, (uri) => linted.push(`${uri}@${timers.now()}`), timers);
  return { timers, linted, edits };
}

describe('EditDebounce: when an edit is linted', () => {
  it('lints a lone edit after the grace, not the delay', () => {
    const { timers, linted, edits } = debounced();
    edits.changed('a');
    timers.advance(9);
    assert.deepEqual(linted, []);
    timers.advance(1);
    assert.deepEqual(linted, ['a@10']);
  });

  it('lints a burst of typing once more, a delay after its last edit', () => {
    const { timers, linted, edits } = debounced();
    edits.changed('a');
    for (let keystroke = 0; keystroke < 5; keystroke++) {
      timers.advance(60);
      edits.changed('a');
    }
    assert.deepEqual(linted, ['a@10']);
    timers.advance(99);
    assert.deepEqual(linted, ['a@10']);
    timers.advance(1);
    assert.deepEqual(linted, ['a@10', 'a@400']);
  });

  it('drops the lint of a lone edit when another edit comes within the grace, and lints the burst once it is over', () => {
    const { timers, linted, edits } = debounced();
    edits.changed('a');
    timers.advance(5);
    edits.changed('a');
    timers.advance(200);
    assert.deepEqual(linted, ['a@105']);
  });

  it('takes an edit for a lone one again once the document was left alone for the delay', () => {
    const { timers, linted, edits } = debounced();
    edits.changed('a');
    timers.advance(50);
    edits.changed('a');
    timers.advance(200);
    edits.changed('a');
    timers.advance(10);
    assert.deepEqual(linted, ['a@10', 'a@150', 'a@260']);
  });

  it('counts the edits of each document apart', () => {
    const { timers, linted, edits } = debounced();
    edits.changed('a');
    timers.advance(20);
    edits.changed('b');
    timers.advance(10);
    edits.changed('a');
    timers.advance(200);
    assert.deepEqual(linted, ['a@10', 'b@30', 'a@130']);
  });

  it('never waits longer for a lone edit than for a burst (a delay shorter than the grace)', () => {
    const { timers, linted, edits } = debounced(0, 10);
    edits.changed('a');
    timers.advance(0);
    edits.changed('a');
    timers.advance(0);
    assert.deepEqual(linted, ['a@0', 'a@0']);
  });

  it('drops the waiting lint of a closed document, and takes its next edit for a lone one', () => {
    const { timers, linted, edits } = debounced();
    edits.changed('a');
    timers.advance(20);
    edits.changed('a');
    edits.forget('a');
    timers.advance(200);
    assert.deepEqual(linted, ['a@10']);
    edits.changed('a');
    timers.advance(5);
    edits.forget('a');
    edits.changed('a');
    timers.advance(10);
    assert.deepEqual(linted, ['a@10', 'a@235']);
  });
});
