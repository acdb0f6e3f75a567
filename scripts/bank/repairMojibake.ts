/**
 * Undoes one round of "UTF-8 bytes decoded as Windows-1252" (`â€”` back to `—`).
 *
 * Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; like the WHATWG decoder, the table maps
 * them to the C1 controls of the same value so that every byte survives the round trip. (Node's own
 * `TextDecoder('windows-1252')` decodes as Latin-1, so it cannot serve as the table.) A text
 * that cannot be encoded this way, or whose bytes are not valid UTF-8, is not such mojibake and is
 * returned unchanged.
 */
export function repairMojibake(text: string): string {
  const bytes = encodeWindows1252(text);
  if (!bytes) return text;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The characters Windows-1252 puts at 0x80–0x9F, the one range where it differs from Latin-1. */
const windows1252From0x80To0x9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const windows1252ByteOfChar: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) map.set(String.fromCharCode(byte), byte);
  [...windows1252From0x80To0x9F].forEach((char, offset) => {
    map.delete(String.fromCharCode(0x80 + offset));
    map.set(char, 0x80 + offset);
  });
  return map;
})();

function encodeWindows1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const byte = windows1252ByteOfChar.get(char);
    if (byte === undefined) return undefined;
    bytes[length++] = byte;
  }
  return bytes.subarray(0, length);
}
