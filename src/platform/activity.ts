// Background work gives way to people waiting for a page. The job worker runs in the web process in
// a single-process install: when hundreds of requests arrive at once (a meeting's registrations
// opening), a batch of confirmation mails sent at the same moment competes with them for the one
// thread, and every person waits longer for an answer that a mail sent a second later would not
// have delayed. So requests in flight are counted here, and the worker waits until none are left
// before it works a batch, at most `maxWaitMs` (jobs are never starved, only deferred).
// Real time, not the application clock: this is scheduling, not business logic.
import { setTimeout as sleep } from "node:timers/promises";

let inFlight = 0;

/** Counts a request until the returned function is called (once). */
export function requestStarted(): () => void {
  inFlight++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    inFlight--;
  };
}

/** Resolves when no request is in flight in this process, or after `maxWaitMs`. */
export async function whenRequestsAnswered(maxWaitMs = 2000, pollMs = 20): Promise<void> {
  const until = performance.now() + maxWaitMs;
  while (inFlight > 0 && performance.now() < until) await sleep(pollMs);
}
