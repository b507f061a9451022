// What every role loads before it does anything: each module's messages (pages, mails and jobs all
// speak them), its jobs (a job must be declared before the queue starts: platform/jobs/jobs.ts) and its
// event handlers (an emitting process must know who is subscribed: platform/events.ts).
import { MODULES } from "./modules.ts";

let loading: Promise<void> | undefined;

/**
 * Loads every module's catalogue and job definitions, once per process. `after`, from the first
 * caller only: something to finish first (the server's one-root preload, app/preload.ts).
 */
export function loadModules(after?: Promise<unknown>): Promise<void> {
  loading ??= (async () => {
    await after;
    await Promise.all(MODULES.flatMap((m) => [m.messages?.(), m.jobs?.(), m.events?.()]));
  })();
  return loading;
}
