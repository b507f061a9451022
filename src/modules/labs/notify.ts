// Mail to the people registered for a meeting: confirmation (with the meeting's .ics attached),
// waiting list, promotion, reminders, a moved or cancelled meeting. Mail is always sent outside any
// transaction; a failure is logged (or, inside a job, makes the job retry) and never undoes a change.
import type { Deps } from "../../platform/http/context.ts";
import { isLang, type Lang, translator } from "../../platform/i18n/index.ts";
import { defineJob } from "../../platform/jobs/jobs.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import { accountContact } from "../identity/index.ts";
import { calendarOf, meetingUrl } from "./ical.ts";
import { loadLab } from "./labs.service.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import { findMeetingById } from "./meetings.repo.ts";
import { complete } from "./meetings.service.ts";
import { findRegistration } from "./registrations.repo.ts";
import { formatWhen } from "./when.ts";
import "./messages.ts";

export type MailKind =
  | "confirmed"
  | "waitlisted"
  | "promoted"
  | "reminder-24h"
  | "reminder-1h"
  | "moved"
  | "cancelled";

/** Kinds whose mail carries the meeting as an .ics attachment (the person has a place). */
const WITH_ICS = new Set<MailKind>(["confirmed", "promoted", "moved", "cancelled"]);

function parts(kind: MailKind, lang: Lang, m: Meeting, code: string | null) {
  const t = translator(lang);
  const when = formatWhen(lang, m);
  const place = [m.venue, m.address].filter(Boolean).join(", ");
  const vars = { title: m.title, when, code: code ?? "", place };
  const paragraphs = [t(`labs.mail.${kind}.body`, vars)];
  if (code && (kind === "confirmed" || kind === "promoted" || kind.startsWith("reminder")))
    paragraphs.push(t("labs.mail.code", vars));
  if (place && kind !== "cancelled") paragraphs.push(t("labs.mail.place", vars));
  return { subject: t(`labs.mail.${kind}.subject`, vars), paragraphs };
}

/**
 * Mails one person about a meeting. Throws when the mail server fails (callers decide: a job retries,
 * a request logs). Returns false when the account is gone.
 */
export async function mailAbout(
  deps: Deps,
  o: { accountId: string; kind: MailKind; lab: Lab; meeting: Meeting; code: string | null },
): Promise<boolean> {
  const who = await accountContact(deps, o.accountId);
  if (!who) return false;
  const lang: Lang = isLang(who.language) ? who.language : "it";
  const t = translator(lang);
  const url = meetingUrl(deps.config.baseUrl, o.lab, o.meeting);
  const p = parts(o.kind, lang, o.meeting, o.code);
  const mail = composeMail(
    {
      to: who.email,
      subject: p.subject,
      greeting: t("labs.mail.greeting", { name: who.name }),
      paragraphs: p.paragraphs,
      action: { href: url, label: t("labs.mail.open") },
      ...(WITH_ICS.has(o.kind) ? { after: [t("labs.mail.icsAttached")] } : {}),
      signature: t("labs.mail.signature"),
    },
    lang,
  );
  if (WITH_ICS.has(o.kind))
    mail.attachments = [
      {
        filename: `${o.meeting.slug}.ics`,
        content: calendarOf({ baseUrl: deps.config.baseUrl, name: o.meeting.title, now: deps.clock.now() }, [
          { lab: o.lab, meeting: o.meeting },
        ]),
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
      },
    ];
  await deps.mailer.send(mail);
  return true;
}

/** The same, with a failure logged instead of thrown (after a committed change in a request). */
export async function mailAboutQuietly(deps: Deps, o: Parameters<typeof mailAbout>[1]): Promise<void> {
  try {
    await mailAbout(deps, o);
  } catch (err) {
    deps.log.error(
      { err, accountId: o.accountId, meetingId: o.meeting.id, kind: o.kind },
      "meeting mail failed",
    );
  }
}

/**
 * The mail that follows a registration, sent by the job queue so registering answers without
 * waiting for the mail server (and a failed send is retried). It reads the registration as it is
 * when the job runs: a registration cancelled meanwhile gets no mail.
 */
export const registrationMail = defineJob<{ registrationId: string }>(
  "labs.registration-mail",
  async (deps, data) => {
    const reg = await findRegistration(deps.db, data.registrationId);
    if (!reg || reg.status === "cancelled") return;
    const row = await findMeetingById(deps.db, reg.meeting_id);
    if (row?.status !== "scheduled") return;
    const [meeting] = await complete(deps, [row], true); // the mail needs no agenda or counts
    const lab = await loadLab(deps, row.lab_id);
    await mailAbout(deps, {
      accountId: reg.account_id,
      kind: reg.status === "confirmed" ? "confirmed" : "waitlisted",
      lab,
      meeting: meeting!,
      code: reg.code,
    });
  },
  { retryLimit: 5, retryDelaySeconds: 30 },
);
