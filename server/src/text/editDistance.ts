/** True when `editDistance(a, b) <= limit`, stopping as soon as every alignment costs more. */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (a === b) return true;
  const previous = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    let best = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const saved = previous[j];
      const cost = Math.min(saved + 1, previous[j - 1] + 1, diagonal + (char === b.charCodeAt(j - 1) ? 0 : 1));
      previous[j] = cost;
      diagonal = saved;
      if (cost < best) best = cost;
    }
    if (best > limit) return false;
  }
  return previous[b.length] <= limit;
}
