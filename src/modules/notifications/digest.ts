// The daily digest: every hour, each person with notices waiting gets one mail if it is their
// chosen hour where they live (their account's time zone), nothing when nothing waits, and never two
// on one local date (a unique row, claimed in the transaction that marks the notices sent) —
// whichever worker runs the hour, however often it is retried.
import type { Deps } from "../../platform/deps.ts";
import { every } from "../../platform/jobs/every.ts";
import { queueMails } from "../../platform/mail/outbox.ts";
import { accountContacts } from "../identity/index.ts";
import { digestMail } from "./mails.ts";
import { claimDigest, digestCandidates, markDigested, pendingForDigest } from "./notifications.repo.ts";

/** The wall-clock date and hour of `at` in `timeZone`. */
export function localHour(at: Date, timeZone: string): { date: string; hour: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** Sends the digests due at `at`; answers how many went. */
export async function sendDigests(deps: Deps, at: Date): Promise<number> {
  const candidates = await digestCandidates(deps.db);
  if (!candidates.length) return 0;
  const hours = new Map(candidates.map((c) => [c.account_id, c.digest_hour]));
  let sent = 0;
  for (const person of await accountContacts(deps, [...hours.keys()])) {
    const local = localHour(at, person.timeZone);
    if (local.hour !== hours.get(person.id)) continue;
    const rows = await pendingForDigest(deps.db, person.id);
    if (!rows.length) continue;
    const mail = digestMail(deps, person, rows);
    await deps.db.transaction().execute(async (trx) => {
      if (!(await claimDigest(trx, person.id, local.date, deps.clock.now()))) return;
      await markDigested(
        trx,
        rows.map((r) => r.id),
      );
      await queueMails(deps, trx, [mail]);
      sent++;
    });
  }
  return sent;
}

export const digestSweep = every("notifications.digest", { everyMinutes: 60 }, async (deps, slot) => {
  await sendDigests(deps, slot);
});
