import assert from 'node:assert/strict';
import { History } from '../../../client/src/history';

describe('view history', () => {
  const history = () => new History<string>((a, b) => a === b);

  it('goes back and forward like a browser', () => {
    const h = history();
    assert.equal(h.current, undefined);
    h.push('q1');
    h.push('q2');
    h.push('q3');
    assert.equal(h.back(), 'q2');
    assert.equal(h.back(), 'q1');
    assert.equal(h.canGoBack, false);
    assert.equal(h.back(), 'q1');
    assert.equal(h.forward(), 'q2');
    assert.equal(h.canGoForward, true);
  });

  it('drops what was ahead when a new entry is pushed', () => {
    const h = history();
    for (const id of ['q1', 'q2', 'q3']) h.push(id);
    h.back();
    h.push('q9');
    assert.equal(h.canGoForward, false);
    assert.equal(h.back(), 'q2');
  });

  it('ignores pushing the current entry again', () => {
    const h = history();
    h.push('q1');
    h.push('q1');
    assert.equal(h.canGoBack, false);
  });

  it('keeps at most its limit of entries', () => {
    const h = new History<number>((a, b) => a === b, 3);
    for (let i = 1; i <= 5; i++) h.push(i);
    assert.equal(h.back(), 4);
    assert.equal(h.back(), 3);
    assert.equal(h.canGoBack, false);
  });
});
