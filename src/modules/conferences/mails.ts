// The mails of conference registration, in the registrant's language, with absolute links. Composed
// here by the event handlers (events.handlers.ts), which queue them once the change has committed; a
// mail server that fails makes the mail's job retry.
import { showCheckInCode } from "../../platform/codes.ts";
import type { Deps } from "../../platform/deps.ts";
import { translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { certificateOffered } from "./attendance.ts";
import { renderCertificate } from "./certificate.ts";
import { conferenceCalendar } from "./ical.ts";
import type { Conference, Registration } from "./types.ts";
import { absolute, CONFIRM_PATH, certificatePath, mePath } from "./urls.ts";
import { dayRange, longDay } from "./when.ts";
import "./messages.attendance.ts";
import "./messages.registration.ts";
import "./messages.waitlist.ts";
import "./messages.editions.ts";

type Who = { name: string; email: string; language: "it" | "en" };

const frame = (who: Who, c: Conference) => {
  const t = translator(who.language);
  return {
    t,
    vars: { name: who.name, conference: c.title, dates: dayRange(who.language, c.startsOn, c.endsOn) },
  };
};

export function confirmLinkMail(deps: Deps, c: Conference, who: Who, token: string): Mail {
  const { t, vars } = frame(who, c);
  const url = absolute(deps, `${CONFIRM_PATH}?token=${encodeURIComponent(token)}`);
  return composeMail(
    {
      to: who.email,
      subject: t("conferences.mail.confirm.subject", vars),
      greeting: t("conferences.mail.greeting", vars),
      paragraphs: [t("conferences.mail.confirm.body", vars)],
      action: { href: url, label: t("conferences.mail.confirm.action") },
      after: [t("conferences.mail.confirm.after")],
      signature: t("conferences.mail.signature"),
    },
    who.language,
  );
}

/**
 * After confirmation, or (`again`) when someone asks to register an address that already is: then
 * the mail says so, since the page answered as for a new registration. Both carry the code and the
 * link to the registration page.
 */
export function registeredMail(
  deps: Deps,
  c: Conference,
  r: Registration,
  access: string,
  o: { again?: boolean } = {},
): Mail {
  const { t, vars } = frame(r, c);
  const which = o.again ? "conferences.mail.already" : "conferences.mail.registered";
  const mail = composeMail(
    {
      to: r.email,
      subject: t(`${which}.subject`, vars),
      greeting: t("conferences.mail.greeting", vars),
      paragraphs: [
        t(`${which}.body`, vars),
        t("conferences.mail.registered.code", { code: showCheckInCode(r.code) }),
      ],
      action: {
        href: absolute(deps, mePath(c.slug, access)),
        label: t("conferences.mail.registered.action"),
      },
      after: [t("conferences.mail.registered.after")],
      signature: t("conferences.mail.signature"),
    },
    r.language,
  );
  // The conference for the registrant's calendar (ical.ts), attached to both: "again" is often
  // someone who lost the first mail.
  const ics = conferenceCalendar(deps.config.baseUrl, c, deps.clock.now());
  return {
    ...mail,
    attachments: [{ filename: `${c.slug}.ics`, content: ics, contentType: "text/calendar; method=PUBLISH" }],
  };
}

/**
 * After check-in: thanks, and the link to download the certificate; when staff checked the person in
 * before the first day (attendance.ts), the certificate is not offered yet: the link goes to their
 * page, and the mail says from when.
 */
export function attendanceMail(deps: Deps, c: Conference, r: Registration, access: string): Mail {
  const { t, vars } = frame(r, c);
  const ready = certificateOffered(c, r, deps.clock.now());
  return composeMail(
    {
      to: r.email,
      subject: t("conferences.mail.attended.subject", vars),
      greeting: t("conferences.mail.greeting", vars),
      paragraphs: [
        ready
          ? t("conferences.mail.attended.body", vars)
          : t("conferences.mail.attendedEarly.body", { ...vars, day: longDay(r.language, c.startsOn) }),
      ],
      action: {
        href: absolute(deps, ready ? certificatePath(c.slug, access) : mePath(c.slug, access)),
        label: t(ready ? "conferences.mail.attended.action" : "conferences.mail.registered.action"),
      },
      after: [t("conferences.mail.attended.after", { url: absolute(deps, mePath(c.slug, access)) })],
      signature: t("conferences.mail.signature"),
    },
    r.language,
  );
}

/** The certificate itself, attached as a PDF (asked for from the registration page). */
export async function certificateMail(
  deps: Deps,
  c: Conference,
  r: Registration,
  access: string,
): Promise<Mail> {
  const { t, vars } = frame(r, c);
  const pdf = await renderCertificate(deps, c, r);
  const mail = composeMail(
    {
      to: r.email,
      subject: t("conferences.mail.certificate.subject", vars),
      greeting: t("conferences.mail.greeting", vars),
      paragraphs: [t("conferences.mail.certificate.body", vars)],
      action: {
        href: absolute(deps, certificatePath(c.slug, access)),
        label: t("conferences.mail.attended.action"),
      },
      signature: t("conferences.mail.signature"),
    },
    r.language,
  );
  return {
    ...mail,
    attachments: [
      {
        filename: `${t("conferences.certificate.file")}-${c.slug}.pdf`,
        content: pdf,
        contentType: "application/pdf",
      },
    ],
  };
}

/** A place freed up in a session and is now theirs (they were first on its waiting list). */
export function placeFreeMail(deps: Deps, c: Conference, who: Who, session: string, access: string): Mail {
  const { t, vars } = frame(who, c);
  const v = { ...vars, session };
  return composeMail(
    {
      to: who.email,
      subject: t("conferences.mail.promoted.subject", v),
      greeting: t("conferences.mail.greeting", v),
      paragraphs: [t("conferences.mail.promoted.body", v)],
      action: {
        href: absolute(deps, mePath(c.slug, access)),
        label: t("conferences.mail.promoted.action"),
      },
      after: [t("conferences.mail.promoted.after")],
      signature: t("conferences.mail.signature"),
    },
    who.language,
  );
}
