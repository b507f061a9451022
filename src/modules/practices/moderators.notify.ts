// Telling coordinators by mail that reports wait for them: the daily reminder of reports waiting over
// 3 days (a new report, or one sent again after changes, is a notification: notifications.ts). Who is
// told is identity's answer (`moderatorContacts`: the network's coordinators; platform admins for
// reports with no network, or a network with no coordinator yet). One mail per person, listing the
// reports in their scope, in the language of their account.
import type { Db } from "../../platform/db/database.ts";
import type { Deps } from "../../platform/deps.ts";
import { formatDate, LANGS, type Lang, translator } from "../../platform/i18n/index.ts";
import { every } from "../../platform/jobs/every.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { queueMails } from "../../platform/mail/outbox.ts";
import { type ModeratorContact, moderatorContacts } from "../identity/index.ts";
import { waitingSince } from "./workflow.repo.ts";
import "./workflow.messages.ts";

/** The one moderators' mail left: new and resubmitted reports are notification kinds (notifications.ts). */
export type ModeratorNotice = "reminder";

/** What a notice says of one report. */
export type WaitingReport = { id: string; title: string; networkId: string | null; submittedAt: Date | null };

/** Reports wait this long before the daily reminder names them. */
export const REMINDER_AFTER_DAYS = 3;

/**
 * The daily reminder's mails, queued in `trx`. A new or resubmitted report is announced through the
 * notification kinds (notifications.ts), which follow each moderator's preferences; the reminder is
 * a working-day mail of its own. Returns how many mails were queued.
 */
export async function notifyModerators(
  deps: Deps,
  trx: Db,
  kind: ModeratorNotice,
  reports: readonly WaitingReport[],
): Promise<number> {
  const byPerson = new Map<string, { who: ModeratorContact; reports: WaitingReport[] }>();
  const networks = [...new Set(reports.map((r) => r.networkId))];
  for (const networkId of networks) {
    const people = await moderatorContacts(trx, networkId);
    for (const who of people) {
      const entry = byPerson.get(who.id) ?? { who, reports: [] };
      entry.reports.push(...reports.filter((r) => r.networkId === networkId));
      byPerson.set(who.id, entry);
    }
  }
  const mails = [...byPerson.values()].map(({ who, reports: theirs }) =>
    moderatorMail(deps, who, kind, theirs),
  );
  if (mails.length) await queueMails(deps, trx, mails);
  return mails.length;
}

function moderatorMail(
  deps: Deps,
  who: ModeratorContact,
  kind: ModeratorNotice,
  reports: WaitingReport[],
): Mail {
  const lang: Lang = (LANGS as readonly string[]).includes(who.language) ? (who.language as Lang) : "it";
  const t = translator(lang);
  const site = deps.config.baseUrl;
  const k = (part: string) => `practices.mail.moderators.${kind}.${part}`;
  const first = reports[0]!;
  const item = (r: WaitingReport) =>
    t("practices.mail.moderators.item", {
      title: r.title,
      date: r.submittedAt ? formatDate(lang, r.submittedAt, deps.config.timeZone) : "—",
      url: `${site}/practices/moderation/${r.id}`,
    });
  return composeMail(
    {
      to: who.email,
      subject: t(k("subject"), { title: first.title, count: reports.length }),
      greeting: t("practices.mail.moderators.greeting", { name: who.name || who.email }),
      paragraphs: [t(k("body")), ...reports.map(item)],
      action: { href: `${site}/practices/moderation`, label: t("practices.mail.moderators.action") },
      after: [t("practices.mail.moderators.after", { site })],
      signature: t("practices.mail.signature", { site }),
    },
    lang,
  );
}

/** The reminder of one slot: every report waiting since before `at` − 3 days, to its moderators. */
export async function remindModerators(deps: Deps, at: Date): Promise<number> {
  const before = new Date(at.getTime() - REMINDER_AFTER_DAYS * 86_400_000);
  const rows = await waitingSince(deps.db, before);
  if (!rows.length) return 0;
  const reports = rows.map((r) => ({
    id: r.id,
    title: r.title,
    networkId: r.network_id,
    submittedAt: r.submitted_at ?? r.updated_at,
  }));
  return deps.db.transaction().execute((trx) => notifyModerators(deps, trx, "reminder", reports));
}

// Every morning, Italian time (the coordinators' working day), while anything waits over 3 days.
export const moderatorReminder = every(
  "practices.moderation-reminder",
  { dailyAt: "08:00", timeZone: "Europe/Rome" },
  (deps, slot) => remindModerators(deps, slot).then(() => undefined),
);
