/** Resolves on a later turn of the event loop, after the messages already received (a Worker has no `setImmediate`). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * A time slice that many small pieces of work share: `pause` lets other messages through only once the
 * work since the last pause took `sliceMs`, so a thousand small files cost a few turns, not a thousand.
 */
export class Slice {
  private start: number;

  constructor(
    private readonly sliceMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.start = clock();
  }

  /** What is left of the slice (0 once it is used up). */
  left(): number {
    return Math.max(0, this.sliceMs - (this.clock() - this.start));
  }

  /**
   * Two turns once the slice is used up: one in which the connection reads the messages that came in
   * meanwhile, one in which it answers them; then a new slice begins. True when it paused.
   */
  async pause(): Promise<boolean> {
    if (this.left() > 0) return false;
    await nextTurn();
    await nextTurn();
    this.start = this.clock();
    return true;
  }
}
