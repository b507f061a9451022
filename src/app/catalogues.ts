// What every role loads before it does anything: each module's messages (pages, mails and jobs all
// speak them), its jobs (a job must be declared before the queue starts: platform/jobs/jobs.ts) and its
// event handlers (an emitting process must know who is subscribed: platform/events.ts), its
// notification kinds among them (platform/notifications.ts).
import { installNotificationKinds } from "../platform/notifications.ts";
import { MODULES } from "./modules.ts";

let loading: Promise<void> | undefined;

/**
 * Loads every module's catalogue and job definitions, once per process. `after`, from the first
 * caller only: something to finish first (the server's one-root preload, app/preload.ts).
 */
export function loadModules(after?: Promise<unknown>): Promise<void> {
  loading ??= (async () => {
    await after;
    const [kinds] = await Promise.all([
      Promise.all(MODULES.map((m) => m.notifications?.() ?? [])),
      ...MODULES.flatMap((m) => [m.messages?.(), m.jobs?.(), m.events?.()]),
    ]);
    // Each kind is an event handler: installed where the other handlers are, in every role.
    installNotificationKinds(kinds.flat());
  })();
  return loading;
}
