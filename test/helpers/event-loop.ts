// Measuring how long the event loop is held: a 10 ms interval that records how late it fires.

/** Runs `work` while a 10 ms interval measures how late the event loop lets it fire; the worst delay. */
export async function worstLag<T>(work: () => Promise<T>): Promise<{ result: T; lagMs: number }> {
  let last = performance.now();
  let lagMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    lagMs = Math.max(lagMs, now - last - 10);
    last = now;
  }, 10);
  try {
    const result = await work();
    // A blocked loop may resolve the work before the overdue timer runs: count that last gap too.
    lagMs = Math.max(lagMs, performance.now() - last - 10);
    return { result, lagMs };
  } finally {
    clearInterval(timer);
  }
}
