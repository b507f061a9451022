// Mail to the people registered for a meeting: confirmation (with the meeting's .ics attached),
// waiting list, promotion, reminders, a moved or cancelled meeting. Composed here; sent by the
// reminder job (meetings/reminders.ts) or queued by the event handlers (events.handlers.ts), never inside a
// request, and a failure makes the job retry, never undoes a change.
import type { Deps } from "../../platform/deps.ts";
import { isLang, type Lang, translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { accountContact } from "../identity/index.ts";
import type { Lab, Meeting } from "./labs.types.ts";
import { calendarOf, meetingUrl } from "./meetings/ical.ts";
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
 * The mail to one person about a meeting, in their language; null when the account is gone.
 */
export async function meetingMail(
  deps: Deps,
  o: { accountId: string; kind: MailKind; lab: Lab; meeting: Meeting; code: string | null },
): Promise<Mail | null> {
  const who = await accountContact(deps, o.accountId);
  if (!who) return null;
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
  return mail;
}

/**
 * Mails one person about a meeting at once (the reminder job). Throws when the mail server fails
 * (the job retries). Returns false when the account is gone.
 */
export async function mailAbout(deps: Deps, o: Parameters<typeof meetingMail>[1]): Promise<boolean> {
  const mail = await meetingMail(deps, o);
  if (!mail) return false;
  await deps.mailer.send(mail);
  return true;
}
