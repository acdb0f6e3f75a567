/** Resolves on a later turn of the event loop, after the messages already received (a Worker has no `setImmediate`). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}
