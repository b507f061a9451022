// Reminder mails 24 hours and 1 hour before a meeting, as durable pg-boss jobs (rows in the database:
// they survive restarts). Each job carries the start and the meeting version it was scheduled for;
// when it runs it reads the meeting as it is now and does nothing if the meeting was moved, edited
// or cancelled since (the edit scheduled new jobs). Every mail is first claimed with a unique row
// (meeting_reminders_sent), so two workers — or a duplicate job — never mail the same reminder twice.
// `startAfter` is computed from the application clock (deps.clock), never from timers.
import type { Db } from "../../../platform/db/database.ts";
import type { Deps } from "../../../platform/deps.ts";
import { defineJob } from "../../../platform/jobs/jobs.ts";
import { loadLab } from "../labs.service.ts";
import { mailAbout } from "../notify.ts";
import { confirmedOf } from "../registrations/repo.ts";
import type { ReminderKind } from "../tables.ts";
import { complete } from "./complete.ts";
import { claimReminder, releaseReminder } from "./reminders.repo.ts";
import { findMeetingById, type MeetingRow } from "./repo.ts";

export type ReminderData = { meetingId: string; kind: ReminderKind; startsAt: string; version: number };

export const REMINDERS: { kind: ReminderKind; beforeMs: number }[] = [
  { kind: "24h", beforeMs: 24 * 3_600_000 },
  { kind: "1h", beforeMs: 3_600_000 },
];

/**
 * Sends one reminder to every confirmed participant who has not had it. Returns how many mails went
 * out; throws (so pg-boss retries) when some could not be sent — their claims are given back first.
 */
export async function sendReminders(deps: Deps, data: ReminderData): Promise<number> {
  const row = await findMeetingById(deps.db, data.meetingId);
  // Stale: the meeting is gone, cancelled or closed, or was moved/edited after this job was made.
  if (
    row?.status !== "scheduled" ||
    row.version !== data.version ||
    row.starts_at.getTime() !== Date.parse(data.startsAt)
  )
    return 0;
  const now = deps.clock.now();
  if (now >= row.starts_at) return 0; // too late to remind
  const [meeting] = await complete(deps, [row], true); // no agenda or counts in a reminder
  const lab = await loadLab(deps, row.lab_id);
  let sent = 0;
  let failed: unknown;
  for (const reg of await confirmedOf(deps.db, row.id)) {
    const key = { meetingId: row.id, accountId: reg.account_id, kind: data.kind, startsAt: row.starts_at };
    // A delivery lease, shown on no page: through dbQuiet, it leaves the render cache full.
    if (!(await claimReminder(deps.dbQuiet, key, now))) continue; // another worker has it
    try {
      await mailAbout(deps, {
        accountId: reg.account_id,
        kind: data.kind === "24h" ? "reminder-24h" : "reminder-1h",
        lab,
        meeting: meeting!,
        code: reg.code,
      });
      sent++;
    } catch (err) {
      await releaseReminder(deps.dbQuiet, key);
      failed ??= err;
    }
  }
  if (failed) throw failed;
  return sent;
}

export const meetingReminder = defineJob<ReminderData>(
  "labs.meeting-reminder",
  async (deps, data) => {
    await sendReminders(deps, data);
  },
  { retryLimit: 5, retryDelaySeconds: 60 },
);

/**
 * Schedules the reminders of a meeting as it is now, inside the transaction that creates or changes it
 * (so they are queued if and only if the change commits). Moments already past by the application clock
 * are skipped. Jobs of an earlier version stay queued and do nothing.
 */
export async function scheduleReminders(
  deps: Deps,
  trx: Db,
  m: Pick<MeetingRow, "id" | "starts_at" | "version" | "status">,
): Promise<void> {
  if (m.status !== "scheduled") return;
  const now = deps.clock.now().getTime();
  for (const r of REMINDERS) {
    const at = m.starts_at.getTime() - r.beforeMs;
    if (at <= now) continue;
    await deps.jobs.sendInTransaction(
      trx,
      meetingReminder,
      { meetingId: m.id, kind: r.kind, startsAt: m.starts_at.toISOString(), version: m.version },
      { startAfter: new Date(at), singletonKey: `${m.id}:${r.kind}:${m.version}` },
    );
  }
}
