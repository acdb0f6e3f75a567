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

/** Names longer than this are compared one by one instead of through their deletion neighbourhoods. */
const MAX_INDEXED_LENGTH = 64;

/**
 * Names kept for near-miss lookups in time independent of how many there are: each name is filed under
 * every string it becomes by deleting up to `maxDistance` characters, and two names within that edit
 * distance always share one of those strings (the symmetric-delete idea of SymSpell).
 */
export class NearMissIndex {
  private readonly rank = new Map<string, number>();
  private readonly byDeletion = new Map<string, string[]>();
  private readonly byLowerCase = new Map<string, string[]>();
  private readonly long: string[] = [];

  constructor(private readonly maxDistance = 2) {}

  add(name: string): void {
    if (this.rank.has(name)) return;
    this.rank.set(name, this.rank.size);
    file(this.byLowerCase, name.toLowerCase(), name);
    if (name.length > MAX_INDEXED_LENGTH) this.long.push(name);
    else for (const key of deletions(name, this.maxDistance)) file(this.byDeletion, key, name);
  }

  /** The earliest added name, other than `name`, equal to it ignoring case or within `distance` edits (at most the index's). */
  nearest(name: string, distance: number): string | undefined {
    const found = new Set<string>(this.byLowerCase.get(name.toLowerCase()));
    if (distance > 0) {
      const limit = Math.min(distance, this.maxDistance);
      const keys = name.length > MAX_INDEXED_LENGTH ? [] : deletions(name, limit);
      for (const key of keys) for (const candidate of this.byDeletion.get(key) ?? []) if (withinEditDistance(name, candidate, limit)) found.add(candidate);
      for (const candidate of this.long) if (withinEditDistance(name, candidate, limit)) found.add(candidate);
    }
    return this.earliest(found, name);
  }

  /**
   * The name, other than `name`, with the fewest edits from it, at most `distance` (and the index's), the
   * earliest added among equals; case counts (BuildKit's "did you mean").
   */
  closest(name: string, distance: number): string | undefined {
    const limit = Math.min(distance, this.maxDistance);
    const candidates = new Set<string>(this.long);
    if (name.length <= MAX_INDEXED_LENGTH) for (const key of deletions(name, limit)) for (const candidate of this.byDeletion.get(key) ?? []) candidates.add(candidate);
    for (let edits = 1; edits <= limit; edits++) {
      const best = this.earliest([...candidates].filter((candidate) => withinEditDistance(name, candidate, edits)), name);
      if (best !== undefined) return best;
    }
    return undefined;
  }

  private earliest(names: Iterable<string>, except: string): string | undefined {
    let best: string | undefined;
    for (const candidate of names) if (candidate !== except && (best === undefined || this.rank.get(candidate)! < this.rank.get(best)!)) best = candidate;
    return best;
  }
}

function file(map: Map<string, string[]>, key: string, name: string): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== name) list.push(name);
  } else map.set(key, [name]);
}

/** `word` and every string made from it by deleting up to `count` characters. */
function deletions(word: string, count: number): Set<string> {
  const all = new Set<string>([word]);
  let frontier = [word];
  for (let step = 0; step < count; step++) {
    const next: string[] = [];
    for (const each of frontier) {
      for (let index = 0; index < each.length; index++) {
        const shorter = each.slice(0, index) + each.slice(index + 1);
        if (!all.has(shorter)) {
          all.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return all;
}
