import assert from 'node:assert/strict';
import { slot } from '../../../server/src/parsing/slots';

describe('facts cached on parsed objects', () => {
  it('are read back, forgotten, and kept apart per slot, also under the same name', () => {
    const first = slot<object, number>('facts');
    const second = slot<object, number>('facts');
    const owner = {};
    assert.equal(first.get(owner), undefined);
    assert.equal(first.set(owner, 1), 1);
    assert.equal(first.set(owner, 2), 2);
    assert.equal(second.get(owner), undefined);
    assert.equal(first.get(owner), 2);
    first.delete(owner);
    assert.equal(first.get(owner), undefined);
    second.delete({});
  });

  it('are left out of the keys and the JSON of their object', () => {
    const facts = slot<object, string>('facts');
    const owner = { kind: 'Pod' };
    facts.set(owner, 'cached');
    assert.deepEqual(Object.keys(owner), ['kind']);
    assert.equal(JSON.stringify(owner), '{"kind":"Pod"}');
  });
});
