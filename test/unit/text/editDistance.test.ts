import assert from 'node:assert/strict';
import { NearMissIndex, withinEditDistance } from '../../../server/src/text/editDistance';

/** The earliest name within `distance` edits (or equal ignoring case), by brute force. */
function bruteNearest(names: readonly string[], name: string, distance: number): string | undefined {
  return names.find((candidate) => candidate !== name && (candidate.toLowerCase() === name.toLowerCase() || (distance > 0 && withinEditDistance(name, candidate, distance))));
}

describe('NearMissIndex', () => {
  const names = ['APP_HOME', 'APP_USER', 'NODE_ENV', 'PORT', 'port', 'VERSION', 'BUILD_DIR', 'X'];
  const index = new NearMissIndex(2);
  for (const name of names) index.add(name);

  const cases: [string, number, string | undefined][] = [
    ['APP_HOEM', 2, 'APP_HOME'], // a transposition is two edits
    ['APP_HOM', 1, 'APP_HOME'], // one deletion
    ['APP_HOMEE', 1, 'APP_HOME'], // one insertion
    ['NODE_EMV', 1, 'NODE_ENV'], // one substitution
    ['Port', 0, 'PORT'], // case only, the earliest added
    ['PORT', 0, 'port'], // never the name itself
    ['VERSOIN', 1, undefined], // two edits, one allowed
    ['VERSOIN', 2, 'VERSION'],
    ['x', 0, 'X'],
    ['NOTHING_LIKE_IT', 2, undefined],
  ];
  for (const [name, distance, expected] of cases) {
    it(`finds ${expected ?? 'nothing'} for ${name} within ${distance}`, () => {
      assert.equal(index.nearest(name, distance), expected);
      assert.equal(bruteNearest(names, name, distance), expected);
    });
  }

  it('agrees with a scan of every name on generated names', () => {
    const pool = Array.from({ length: 400 }, (_, i) => `VAR_${(i * 7919) % 1000}_${'ab'[i % 2]}`);
    const many = new NearMissIndex(2);
    for (const name of pool) many.add(name);
    for (let i = 0; i < 300; i++) {
      const query = `VAR_${(i * 31) % 1000}_${'abc'[i % 3]}`;
      for (const distance of [0, 1, 2]) assert.equal(many.nearest(query, distance), bruteNearest(pool, query, distance), `${query} within ${distance}`);
    }
  });

  it('compares names longer than it indexes one by one', () => {
    const long = `${'A'.repeat(80)}_HOME`;
    const longIndex = new NearMissIndex(2);
    longIndex.add(long);
    assert.equal(longIndex.nearest(`${'A'.repeat(80)}_HOEM`, 2), long);
  });

  it('gives the closest name, the earliest among equals, case counting', () => {
    const closest = new NearMissIndex(2);
    for (const name of ['BUILD_DIRS', 'BUILD_DIR', 'APP_DIR', 'APP_DIRS', 'app_home']) closest.add(name);
    assert.equal(closest.closest('BUILD_DI', 2), 'BUILD_DIR');
    assert.equal(closest.closest('APP_DIRZ', 2), 'APP_DIR');
    assert.equal(closest.closest('BUILD_DIR', 2), 'BUILD_DIRS');
    assert.equal(closest.closest('BUILD_D', 1), undefined);
    assert.equal(closest.closest('APP_HOME', 2), undefined);
  });
});
