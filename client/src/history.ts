/** Back/forward history of a view: `push` drops whatever was ahead, like a browser. */
export class History<T> {
  private readonly entries: T[] = [];
  private index = -1;

  constructor(
    private readonly same: (a: T, b: T) => boolean,
    private readonly limit = 100,
  ) {}

  get current(): T | undefined {
    return this.entries[this.index];
  }

  get canGoBack(): boolean {
    return this.index > 0;
  }

  get canGoForward(): boolean {
    return this.index < this.entries.length - 1;
  }

  /** Makes `entry` current; pushing the current entry again changes nothing. */
  push(entry: T): void {
    const current = this.current;
    if (current !== undefined && this.same(current, entry)) return;
    this.entries.splice(this.index + 1, Infinity, entry);
    if (this.entries.length > this.limit) this.entries.shift();
    this.index = this.entries.length - 1;
  }

  back(): T | undefined {
    if (this.canGoBack) this.index--;
    return this.current;
  }

  forward(): T | undefined {
    if (this.canGoForward) this.index++;
    return this.current;
  }
}
