// The daily reminder to coordinators of reports waiting for moderation over 3 days. It is a
// notification kind like the announcements of new and resubmitted reports (notifications.ts): the
// sweep emits one `practices.reports.waiting` event per network with something waiting, and the
// kind "reports still waiting" — in the daily digest unless a moderator chose otherwise — tells the
// network's coordinators (platform admins for reports with no network). No mail path of its own.
import type { Deps } from "../../../platform/deps.ts";
import { emitMany } from "../../../platform/events.ts";
import { every } from "../../../platform/jobs/every.ts";
import { waitingSince } from "./repo.ts";

/** Reports wait this long before the daily reminder names them. */
export const REMINDER_AFTER_DAYS = 3;

/** The reminder of one slot: one event per network whose reports wait since before `at` − 3 days. */
export async function remindModerators(deps: Deps, at: Date): Promise<number> {
  const before = new Date(at.getTime() - REMINDER_AFTER_DAYS * 86_400_000);
  const rows = await waitingSince(deps.db, before);
  if (!rows.length) return 0;
  const byNetwork = new Map<string | null, string[]>();
  for (const r of rows) byNetwork.set(r.network_id, [...(byNetwork.get(r.network_id) ?? []), r.id]);
  const payloads = [...byNetwork].map(([networkId, practiceIds]) => ({
    networkId,
    practiceIds,
    before: before.toISOString(),
  }));
  await deps.db.transaction().execute((trx) => emitMany(deps, trx, "practices.reports.waiting", payloads));
  return payloads.length;
}

// Every morning, Italian time (the coordinators' working day), while anything waits over 3 days.
export const moderatorReminder = every(
  "practices.moderation-reminder",
  { dailyAt: "08:00", timeZone: "Europe/Rome" },
  (deps, slot) => remindModerators(deps, slot).then(() => undefined),
);
