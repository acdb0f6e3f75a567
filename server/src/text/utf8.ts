/** The size of `text` in UTF-8 bytes, as `Buffer.byteLength(text, 'utf8')` counts it (a lone surrogate is 3). */
export function utf8Length(text: string): number {
  // The regular expression finds the first non-ASCII unit natively, many times faster than the loop below:
  // most texts have none, or have them late.
  const wide = text.search(NOT_ASCII);
  if (wide < 0) return text.length;
  let bytes = wide;
  for (let i = wide; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const NOT_ASCII = /[^\0-\x7f]/;

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
