/** The timers an `EditDebounce` sets: the host's own unless a test brings a fake clock. */
export interface Timers {
  now(): number;
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
}

const hostTimers: Timers = {
  now: () => performance.now(),
  set: (run, ms) => setTimeout(run, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * When the edits of a document are linted. A lone edit (no other change of that document in the last
 * `delayMs`) is linted after `graceMs` only, time for the requests an editor sends with an edit
 * (completion, code actions, a hover) to be answered from the last analysis before the new version's
 * parse holds the thread. An edit within `delayMs` of the one before it is typing: it is linted once the
 * document has been left alone for `delayMs`, so a burst costs one lint after its first edit and one
 * after its last, whatever its length. (The lint a lone edit started stops at its next slice when a newer
 * edit comes in: `AnalysisStore.supersede`.)
 */
export class EditDebounce {
  /** When each document last changed. */
  private readonly lastChange = new Map<string, number>();
  private readonly pending = new Map<string, unknown>();

  constructor(
    public delayMs: number,
    private readonly graceMs: number,
    private readonly lint: (uri: string) => void,
    private readonly timers: Timers = hostTimers,
  ) {}

  changed(uri: string): void {
    const now = this.timers.now();
    const before = this.lastChange.get(uri);
    this.lastChange.set(uri, now);
    this.cancel(uri);
    const lone = before === undefined || now - before >= this.delayMs;
    const timer = this.timers.set(
      () => {
        this.pending.delete(uri);
        this.lint(uri);
      },
      lone ? Math.min(this.graceMs, this.delayMs) : this.delayMs,
    );
    this.pending.set(uri, timer);
  }

  /** The document closed: no lint of it waits, and its next edit after a reopen is a lone one. */
  forget(uri: string): void {
    this.cancel(uri);
    this.lastChange.delete(uri);
  }

  private cancel(uri: string): void {
    if (!this.pending.has(uri)) return;
    this.timers.clear(this.pending.get(uri));
    this.pending.delete(uri);
  }
}
