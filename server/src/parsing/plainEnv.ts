/**
 * Runs `work` with `process.env` replaced by a plain object holding the variables the `yaml` package
 * reads, then puts the real one back.
 *
 * The Node build of `yaml` reads `process.env.LOG_TOKENS` for every token its parser takes and
 * `process.env.LOG_STREAM` for every token its composer takes. Node's `process.env` asks the operating
 * system on each read, which costs a tenth of the whole parse; a plain object costs nothing. The parse is
 * synchronous, so no other code sees the swap; the variables keep their values, so their logging still works.
 */
export function withPlainEnv<T>(work: () => T): T {
  // The browser build of `yaml` reads no variables, and a Worker may have no `process`.
  if (typeof process === 'undefined' || !process.env) return work();
  const env = process.env;
  process.env = { LOG_TOKENS: env.LOG_TOKENS, LOG_STREAM: env.LOG_STREAM };
  try {
    return work();
  } finally {
    process.env = env;
  }
}
