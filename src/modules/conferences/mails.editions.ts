// The mails of a cancelled registration and of a conference whose dates moved, in the registrant's
// language, composed by the event handlers (events.handlers.ts) like the other registration mails.
import type { Deps } from "../../platform/deps.ts";
import { translator } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.ts";
import type { Mail } from "../../platform/mail/mailer.ts";
import { conferenceCalendar } from "./ical.ts";
import type { Conference, Registration } from "./types.ts";
import { absolute, conferencePath, mePath } from "./urls.ts";
import { dayRange } from "./when.ts";
import "./messages.editions.ts";
import "./messages.registration.ts";

/** The registration was cancelled from its link: places given up, and how to register again. */
export function cancelledMail(deps: Deps, c: Conference, r: Registration): Mail {
  const t = translator(r.language);
  const vars = { name: r.name, conference: c.title, dates: dayRange(r.language, c.startsOn, c.endsOn) };
  return composeMail(
    {
      to: r.email,
      subject: t("conferences.mail.cancelled.subject", vars),
      greeting: t("conferences.mail.greeting", vars),
      paragraphs: [t("conferences.mail.cancelled.body", vars)],
      action: { href: absolute(deps, conferencePath(c.slug)), label: t("conferences.mail.cancelled.action") },
      after: [t("conferences.mail.cancelled.after")],
      signature: t("conferences.mail.signature"),
    },
    r.language,
  );
}

/** The conference moved to new dates (its sessions with it); the new calendar entry is attached. */
export function datesChangedMail(deps: Deps, c: Conference, r: Registration, access: string): Mail {
  const t = translator(r.language);
  const vars = { name: r.name, conference: c.title, dates: dayRange(r.language, c.startsOn, c.endsOn) };
  const mail = composeMail(
    {
      to: r.email,
      subject: t("conferences.mail.moved.subject", vars),
      greeting: t("conferences.mail.greeting", vars),
      paragraphs: [t("conferences.mail.moved.body", vars)],
      action: { href: absolute(deps, mePath(c.slug, access)), label: t("conferences.mail.moved.action") },
      after: [t("conferences.mail.moved.after")],
      signature: t("conferences.mail.signature"),
    },
    r.language,
  );
  const ics = conferenceCalendar(deps.config.baseUrl, c, deps.clock.now());
  return {
    ...mail,
    attachments: [{ filename: `${c.slug}.ics`, content: ics, contentType: "text/calendar; method=PUBLISH" }],
  };
}
