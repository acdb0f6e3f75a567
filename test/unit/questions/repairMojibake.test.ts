import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { repairMojibake } from '../../../scripts/bank/repairMojibake';
import { expertProductionFile, readSeedFiles } from './seedFixtures';

/** What the defect did to the seed: UTF-8 bytes read as Windows-1252 (undefined bytes kept as C1 controls). */
function garble(text: string): string {
  const windows1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (byte >= 0x80 && byte < 0xa0 ? windows1252[byte - 0x80]! : String.fromCharCode(byte)))
    .join('');
}

describe('repairMojibake', () => {
  const cases: Array<[name: string, original: string]> = [
    ['an em dash', 'image — pod'],
    ['an arrow', 'image → pod spec → kubelet'],
    ['an en dash', '(251–300)'],
    ['an emoji', '🔗 Docker'],
    ['bytes Windows-1252 leaves undefined (0x8D, 0x8F, 0x90, 0x9D, 0x81)', '👍 🐏 🐐 😝 Á'],
  ];
  for (const [name, original] of cases) {
    it(`restores ${name}`, () => {
      assert.notEqual(garble(original), original);
      assert.equal(repairMojibake(garble(original)), original);
    });
  }

  it('leaves ASCII text unchanged', () => {
    assert.equal(repairMojibake('FROM node:22-alpine\nCMD ["node", "server.js"]\n'), 'FROM node:22-alpine\nCMD ["node", "server.js"]\n');
  });

  it('leaves correctly encoded text unchanged', () => {
    for (const text of ['café — naïve', 'image → pod', '🔗 (251–300)']) assert.equal(repairMojibake(text), text);
  });

  it("repairs the seed exactly as iconv-lite's Windows-1252 round trip does", () => {
    const seed = readSeedFiles().find((file) => file.fileName === expertProductionFile)!.text;
    const expected = iconv.decode(iconv.encode(seed, 'win1252'), 'utf8');
    assert.equal(repairMojibake(seed), expected);
  });
});
